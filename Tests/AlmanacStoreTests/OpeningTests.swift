import AlmanacStore
import Foundation
import GRDB
import Testing

@Suite struct OpeningTests {
  @Test func refusesAFileThatIsNotSQLite() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/history.sqlite"
      let contents = Data("date,model,amount\n2026-11-16,churn,12.5\n".utf8)
      #expect(FileManager.default.createFile(atPath: path, contents: contents))
      #expect(throws: HistoryError.notADatabase(path: path)) { try HistoryStore(path: path) }
      #expect(FileManager.default.contents(atPath: path) == contents)
    }
  }

  @Test func refusesADatabaseOfAnotherProgram() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/other.sqlite"
      try DatabaseQueue(path: path).write { db in
        try db.execute(sql: "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
      }
      let before = try #require(FileManager.default.contents(atPath: path))
      #expect(throws: HistoryError.notAHistory(path: path)) { try HistoryStore(path: path) }
      #expect(FileManager.default.contents(atPath: path) == before)
    }
  }

  @Test func refusesANewerSchemaWithoutTouchingIt() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/history.sqlite"
      do {
        let store = try HistoryStore(path: path)
        try store.record(run: Fixtures.run(), figures: [Fixtures.figures()])
      }
      // A later Almanac adds migrations this version does not know.
      try DatabaseQueue(path: path).write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v3-owners'), ('v4-budgets')")
        try db.execute(sql: "CREATE TABLE owner (model TEXT PRIMARY KEY, email TEXT)")
      }
      let before = try #require(FileManager.default.contents(atPath: path))
      #expect(
        throws: HistoryError.newerSchema(
          path: path, unknownMigrations: ["v3-owners", "v4-budgets"])
      ) {
        try HistoryStore(path: path)
      }
      #expect(FileManager.default.contents(atPath: path) == before)
    }
  }

  @Test func refusesAnEmptyPath() {
    #expect(throws: HistoryError.cannotOpen(path: "", reason: "the path is empty")) {
      try HistoryStore(path: "")
    }
  }

  @Test func reportsAMissingFolder() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/missing/history.sqlite"
      #expect(throws: HistoryError.cannotOpen(path: path, reason: "unable to open database file")) {
        try HistoryStore(path: path)
      }
    }
  }
}
