import Foundation
import GRDB
import Testing

@testable import AlmanacStore

/// The files a process killed at one moment leaves behind: a copy of the database and its WAL
/// taken while the writing connection is in the middle of a transaction.
///
/// A process killed with `kill -9` loses only its own memory: what it had handed to the system with
/// `write` stays in the files, which is exactly what a copy taken at that moment holds.
private final class CrashCopy {
  /// The path the copy of the database is written to.
  let path: String
  /// The size of the WAL file when the copy was taken, or `nil` before.
  var walBytes: UInt64?
  /// What copying threw, if anything (a trace callback cannot throw).
  var failure: (any Error)?

  init(path: String) {
    self.path = path
  }

  /// Copies the database at `source` and its `-wal` and `-shm` files, as they are now.
  func take(of source: String) {
    do {
      for suffix in ["", "-wal", "-shm"]
      where FileManager.default.fileExists(atPath: source + suffix) {
        try FileManager.default.copyItem(atPath: source + suffix, toPath: path + suffix)
      }
      let attributes = try FileManager.default.attributesOfItem(atPath: source + "-wal")
      walBytes = (attributes[.size] as? NSNumber)?.uint64Value
    } catch {
      failure = error
    }
  }
}

@Suite struct KillSafetyTests {
  @Test func aRunKilledBeforeItsCommitLeavesTheHistoryAsItWas() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/history.sqlite"
      let store = try HistoryStore(path: path)
      let earlier = Fixtures.figures()
      try store.record(run: Fixtures.run(), figures: [earlier])
      let committedWALBytes = try #require(
        try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber
      ).uint64Value

      // Copy the files as the run starts writing its last feature: every other row of the run is
      // written by then. A small page cache makes SQLite spill the run's uncommitted pages into
      // the WAL, as it does for a big portfolio, so the copy holds them.
      let figures = Fixtures.portfolio(models: 200, metrics: 10, features: 25)
      let lastFeature = figures.count * 25
      let crash = CrashCopy(path: directory + "/killed.sqlite")
      try store.writer.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA cache_size = 16")
        var featuresStarted = 0
        db.trace { event in
          guard case .statement(let statement) = event,
            statement.sql.hasPrefix("INSERT INTO model_period_feature")
          else { return }
          featuresStarted += 1
          if featuresStarted == lastFeature { crash.take(of: path) }
        }
      }
      try store.record(
        run: Fixtures.run(startedAt: "2026-11-24T06:00:00Z", finishedAt: "2026-11-24T06:01:00Z"),
        figures: figures)
      store.writer.writeWithoutTransaction { db in db.trace(options: []) }
      #expect(try store.rowCount("model_period_feature") == lastFeature + earlier.features.count)

      #expect(crash.failure == nil)
      let walBytes = try #require(crash.walBytes)
      #expect(walBytes > committedWALBytes, "the run's uncommitted pages reached the WAL")
      let survivor = try HistoryStore(path: crash.path)
      #expect(try survivor.runs(limit: 10).map(\.run) == [Fixtures.run()])
      #expect(try survivor.models() == [earlier.model])
      #expect(try survivor.figures(model: earlier.model, period: earlier.period.label) == earlier)
      #expect(try survivor.rowCount("model_period_metric") == earlier.metrics.count)
      #expect(try survivor.rowCount("model_period_feature") == earlier.features.count)
      #expect(try survivor.integrityProblems() == [])
    }
  }
}
