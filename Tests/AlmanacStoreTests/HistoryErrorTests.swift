import AlmanacStore
import Testing

/// An error and the exact message the user reads.
struct ErrorMessageCase: Sendable, CustomTestStringConvertible {
  let testDescription: String
  let error: HistoryError
  let message: String

  static let all: [ErrorMessageCase] = [
    ErrorMessageCase(
      testDescription: "not a database", error: .notADatabase(path: "reports/almanac.sqlite"),
      message: """
        reports/almanac.sqlite: error: not an SQLite database, so not an Almanac history
          hint: point `history` in the config at another file; this one was left as it is
        """),
    ErrorMessageCase(
      testDescription: "another program's database", error: .notAHistory(path: "notes.db"),
      message: """
        notes.db: error: an SQLite database of another program, not an Almanac history
          hint: point `history` in the config at another file; this one was left as it is
        """),
    ErrorMessageCase(
      testDescription: "newer schema",
      error: .newerSchema(path: "h.sqlite", unknownMigrations: ["v2-owners", "v3-budgets"]),
      message: """
        h.sqlite: error: written by a newer version of Almanac \
        (unknown schema changes: v2-owners, v3-budgets)
          hint: upgrade Almanac to use this history; this file was left as it is
        """),
    ErrorMessageCase(
      testDescription: "cannot open",
      error: .cannotOpen(path: "missing/h.sqlite", reason: "unable to open database file"),
      message: """
        missing/h.sqlite: error: cannot open the history: unable to open database file
          hint: check that its folder exists and that this user may write there
        """),
    ErrorMessageCase(
      testDescription: "invalid record",
      error: .invalidRecord(
        path: "h.sqlite", record: "model \"churn\" for 2026-W47",
        reason: "CHECK constraint failed: model_period_labelled_within_predictions"),
      message: """
        h.sqlite: error: cannot record model "churn" for 2026-W47: \
        CHECK constraint failed: model_period_labelled_within_predictions
          note: nothing of this run was written; the history is as it was
        """),
    ErrorMessageCase(
      testDescription: "damaged",
      error: .damaged(path: "h.sqlite", reason: "database disk image is malformed"),
      message: """
        h.sqlite: error: the history is damaged: database disk image is malformed
          hint: restore it from a backup, or move it away to start a new history
        """),
    ErrorMessageCase(
      testDescription: "other failure",
      error: .failed(path: "h.sqlite", reason: "database or disk is full (SQLite error 13)"),
      message: "h.sqlite: error: database or disk is full (SQLite error 13)"),
  ]
}

@Suite struct HistoryErrorTests {
  @Test(arguments: ErrorMessageCase.all)
  func describesTheProblemAndTheFix(_ example: ErrorMessageCase) {
    #expect(example.error.description == example.message)
  }

  @Test(arguments: ErrorMessageCase.all)
  func namesTheDatabase(_ example: ErrorMessageCase) {
    #expect(example.message.hasPrefix(example.error.path + ": error: "))
  }
}
