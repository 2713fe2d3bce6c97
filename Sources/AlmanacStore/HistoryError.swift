/// A failure to open, read or write the history, naming the database file and what to do about it.
///
/// Every case carries the database's path (`:memory:` for an in-memory store). A failed `record`
/// leaves the history as it was, since a run is written in one transaction.
public enum HistoryError: Error, Equatable, CustomStringConvertible {
  /// The file exists but is not an SQLite database. It was left untouched.
  case notADatabase(path: String)
  /// The file is an SQLite database of another program. It was left untouched.
  case notAHistory(path: String)
  /// The history was migrated by a newer version of Almanac; `unknownMigrations` lists the schema
  /// changes this version does not know. It was left untouched.
  case newerSchema(path: String, unknownMigrations: [String])
  /// The file could not be opened or created; `reason` is SQLite's.
  case cannotOpen(path: String, reason: String)
  /// A record broke a rule of the schema or holds a non-finite figure; `record` names it and
  /// `reason` says which rule (SQLite's constraint message, which names the constraint).
  case invalidRecord(path: String, record: String, reason: String)
  /// The file is damaged (SQLite reports corruption, or a row does not match the schema).
  case damaged(path: String, reason: String)
  /// Any other failure, such as a full disk or a lock held too long; `reason` is SQLite's.
  case failed(path: String, reason: String)

  /// The path of the database the failure concerns.
  public var path: String {
    switch self {
    case .notADatabase(let path), .notAHistory(let path), .newerSchema(let path, _),
      .cannotOpen(let path, _), .invalidRecord(let path, _, _), .damaged(let path, _),
      .failed(let path, _):
      path
    }
  }

  /// The message for the user: `path: error: what happened`, then a hint on the next line when one
  /// helps.
  public var description: String {
    switch self {
    case .notADatabase(let path):
      """
      \(path): error: not an SQLite database, so not an Almanac history
        hint: point `history` in the config at another file; this one was left as it is
      """
    case .notAHistory(let path):
      """
      \(path): error: an SQLite database of another program, not an Almanac history
        hint: point `history` in the config at another file; this one was left as it is
      """
    case .newerSchema(let path, let unknownMigrations):
      """
      \(path): error: written by a newer version of Almanac (unknown schema changes: \
      \(unknownMigrations.joined(separator: ", ")))
        hint: upgrade Almanac to use this history; this file was left as it is
      """
    case .cannotOpen(let path, let reason):
      """
      \(path): error: cannot open the history: \(reason)
        hint: check that its folder exists and that this user may write there
      """
    case .invalidRecord(let path, let record, let reason):
      """
      \(path): error: cannot record \(record): \(reason)
        note: nothing of this run was written; the history is as it was
      """
    case .damaged(let path, let reason):
      """
      \(path): error: the history is damaged: \(reason)
        hint: restore it from a backup, or move it away to start a new history
      """
    case .failed(let path, let reason):
      "\(path): error: \(reason)"
    }
  }
}
