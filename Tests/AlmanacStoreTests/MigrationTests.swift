import Foundation
import GRDB
import Testing

@testable import AlmanacStore

@Suite struct MigrationTests {
  @Test func migratesAnEmptyDatabaseInMemory() throws {
    let store = try HistoryStore.inMemory()
    #expect(HistoryStore.supportedSchemaVersion == 3)
    #expect(try store.schemaVersion() == HistoryStore.supportedSchemaVersion)
    #expect(store.path == ":memory:")
    #expect(try store.runs(limit: 10).isEmpty)
  }

  @Test func createsAndMigratesANewFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/history.sqlite"
      do {
        let store = try HistoryStore(path: path)
        #expect(try store.schemaVersion() == HistoryStore.supportedSchemaVersion)
      }  // The store closes its connections here.
      let objects = try DatabaseQueue(path: path).read { db in
        try String.fetchAll(
          db,
          sql:
            """
            SELECT type || ' ' || name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY 1
            """
        )
      }
      #expect(
        objects == [
          "index delivery_by_period", "index delivery_by_run", "index model_period_by_run",
          "index model_period_by_start", "table delivery", "table grdb_migrations",
          "table model_period", "table model_period_feature", "table model_period_metric",
          "table run",
        ])
    }
  }

  @Test func migratesAnEmptyFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/history.sqlite"
      #expect(FileManager.default.createFile(atPath: path, contents: Data()))
      let store = try HistoryStore(path: path)
      #expect(try store.schemaVersion() == HistoryStore.supportedSchemaVersion)
    }
  }

  @Test func reopensAFileWithItsHistory() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/history.sqlite"
      let figures = Fixtures.figures()
      do {
        let store = try HistoryStore(path: path)
        try store.record(run: Fixtures.run(), figures: [figures])
      }
      let reopened = try HistoryStore(path: path)
      #expect(try reopened.schemaVersion() == HistoryStore.supportedSchemaVersion)
      #expect(try reopened.figures(model: figures.model, period: figures.period.label) == figures)
      #expect(try reopened.runs(limit: 10).map(\.run) == [Fixtures.run()])
    }
  }

  @Test func migratesAVersionOneFileAndKeepsItsHistory() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/history.sqlite"
      try VersionOneHistory.create(at: path)
      let store = try HistoryStore(path: path)
      #expect(try store.schemaVersion() == 3)
      let applied = try store.writer.read { db in
        try HistoryMigrations.migrator.appliedMigrations(db)
      }
      #expect(
        applied == [HistoryMigrations.first, HistoryMigrations.second, HistoryMigrations.third])
      #expect(try store.runs(limit: 10) == [StoredRun(id: 1, run: VersionOneHistory.run)])
      let old = VersionOneHistory.figures
      #expect(try store.figures(model: old.model, period: old.period.label) == old)

      // The next week, recorded with features and a unit cost, joins the old figures.
      let new = Fixtures.figures(model: old.model, period: Fixtures.week47)
      try store.record(run: Fixtures.run(), figures: [new])
      #expect(try store.trend(model: old.model, count: 8) == [old, new])
      #expect(try store.integrityProblems() == [])
    }
  }

  @Test func enforcesTheAddedUnitCostCheckOnAMigratedFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/history.sqlite"
      try VersionOneHistory.create(at: path)
      let store = try HistoryStore(path: path)
      var figures = Fixtures.figures()
      figures.costPerThousand = -1
      #expect(
        throws: HistoryError.invalidRecord(
          path: path, record: "model \"credit-default\" for 2026-W47",
          reason: "CHECK constraint failed: model_period_cost_per_thousand_not_negative")
      ) {
        try store.record(run: Fixtures.run(), figures: [figures])
      }
      #expect(try store.runs(limit: 10).map(\.run) == [VersionOneHistory.run])
    }
  }

  @Test func refusesAVersionOneFileWithAnUnknownMigrationWithoutMigratingIt() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/history.sqlite"
      try VersionOneHistory.create(at: path)
      try DatabaseQueue(path: path).write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v3-budgets')")
      }
      let before = try #require(FileManager.default.contents(atPath: path))
      #expect(throws: HistoryError.newerSchema(path: path, unknownMigrations: ["v3-budgets"])) {
        try HistoryStore(path: path)
      }
      #expect(FileManager.default.contents(atPath: path) == before)
    }
  }

  @Test func setsWALFullSynchronousAndForeignKeysOnAFile() throws {
    try withTemporaryDirectory { directory in
      let store = try HistoryStore(path: directory + "/history.sqlite")
      #expect(try store.writerPragma("journal_mode") == "wal")
      #expect(try store.writerPragma("synchronous") == "2")  // 2 is FULL
      #expect(try store.writerPragma("foreign_keys") == "1")
    }
  }

  @Test func enforcesForeignKeysInMemory() throws {
    let store = try HistoryStore.inMemory()
    #expect(try store.writerPragma("foreign_keys") == "1")
  }
}
