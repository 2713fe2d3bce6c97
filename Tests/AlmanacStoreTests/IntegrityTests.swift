import Foundation
import GRDB
import Testing

@testable import AlmanacStore

@Suite struct IntegrityTests {
  @Test func findsNoProblemInARecordedHistory() throws {
    try withTemporaryDirectory { directory in
      let store = try HistoryStore(path: directory + "/history.sqlite")
      try store.record(
        run: Fixtures.run(), figures: [Fixtures.figures(), Fixtures.figures(model: "churn")])
      #expect(try store.integrityProblems() == [])
    }
  }

  @Test func reportsFiguresWhoseRunIsMissing() throws {
    let store = try HistoryStore.inMemory()
    try store.writer.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      try db.execute(
        sql: """
          INSERT INTO model_period (id, model, period_label, period_start, period_end, run_id,
            predictions, labelled, status, value_estimated)
          VALUES (7, 'churn', '2026-W47', '2026-11-16', '2026-11-22', 999, 10, 5, 'green', 0)
          """)
      try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    #expect(try store.integrityProblems() == ["model_period row 7 refers to a missing run row"])
  }

  @Test func reportsFeaturesWhoseFiguresAreMissing() throws {
    let store = try HistoryStore.inMemory()
    try store.writer.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      try db.execute(
        sql: """
          INSERT INTO model_period_feature (rowid, model_period_id, ordinal, name, method, score,
            threshold, detected, psi)
          VALUES (3, 999, 0, 'income', 'psi', 0.3, 0.2, 1, 0.3)
          """)
      try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    #expect(
      try store.integrityProblems() == [
        "model_period_feature row 3 refers to a missing model_period row"
      ])
  }
}

@Suite struct DamageTests {
  @Test func reportsADamagedFileAsDamaged() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/history.sqlite"
      do {
        let store = try HistoryStore(path: path)
        try store.record(run: Fixtures.run(), figures: [Fixtures.figures()])
      }  // Closing checkpoints the WAL into the file.
      // Overwrite every page after the schema page with bytes that are no valid b-tree page.
      let handle = try #require(FileHandle(forUpdatingAtPath: path))
      let size = try handle.seekToEnd()
      try handle.seek(toOffset: 4_096)
      try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 4_096))
      try handle.close()

      #expect(throws: HistoryError.damaged(path: path, reason: "database disk image is malformed"))
      {
        _ = try HistoryStore(path: path).runs(limit: 1)
      }
    }
  }
}
