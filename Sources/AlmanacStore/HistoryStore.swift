import Foundation
import GRDB

/// The SQLite history of Almanac: every run, and each model's figures for each period.
///
/// The store owns its connection: a `DatabasePool` in WAL mode for a file (so `almanac history` can
/// read while a report is being recorded), or a `DatabaseQueue` in memory for tests. Opening a
/// store applies the schema's migrations; a file that is not an Almanac history, or whose schema is
/// newer than this version knows, is refused before anything is written to it.
///
/// Durability: `journal_mode=WAL`, `foreign_keys=ON`, `synchronous=FULL`. Each `record` is one
/// transaction, so a process killed at any point (even `kill -9`) leaves either the whole run or
/// none of it, and a database that passes `PRAGMA integrity_check`: WAL commits are atomic whatever
/// the `synchronous` level, because a transaction becomes visible only once its commit frame is in
/// the WAL. `FULL` adds an `fsync` of the WAL at each commit, so a run the store has reported
/// recorded also survives a power cut or kernel crash (with `NORMAL` the last commits may be lost
/// then, though never torn). At one run a week the cost, one more `fsync` per run, does not matter.
///
/// The methods are synchronous and block the calling thread while SQLite works; the type is
/// `Sendable` and may be shared between tasks (writes are serialised by the connection).
public final class HistoryStore: Sendable {
  /// The path of the database file, or `:memory:`.
  public let path: String
  /// The connection; a `DatabasePool` for a file, a `DatabaseQueue` in memory.
  let writer: any DatabaseWriter

  /// The schema version this version of Almanac writes: the number of migrations it knows.
  public static var supportedSchemaVersion: Int { HistoryMigrations.migrator.migrations.count }

  /// Opens the history at `path`, creating it if the file does not exist, and migrates it.
  ///
  /// An existing file is inspected read-only first and refused, untouched, unless it is empty or an
  /// Almanac history whose migrations this version knows.
  ///
  /// - Parameter path: The database file; its folder must exist.
  /// - Throws: `HistoryError.notADatabase`, `.notAHistory` or `.newerSchema` for a file this
  ///   version must not use; `.cannotOpen` when the path is empty (SQLite would open a temporary
  ///   database, losing the history) or the file cannot be opened or created; `.failed` or
  ///   `.damaged` when a migration fails.
  public convenience init(path: String) throws {
    guard !path.isEmpty else {
      throw HistoryError.cannotOpen(path: path, reason: "the path is empty")
    }
    if FileManager.default.fileExists(atPath: path) {
      try Self.checkWritable(path: path)
    }
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: path, configuration: Self.configuration())
      // After the pool's own WAL set-up, which chooses NORMAL; only the writing connection commits.
      try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
    } catch {
      throw HistoryError(error, path: path)
    }
    try self.init(path: path, writer: pool)
  }

  /// Opens a new, empty history in memory, for tests and dry runs.
  ///
  /// - Returns: A migrated store whose `path` is `:memory:`.
  /// - Throws: `HistoryError.failed` if SQLite cannot create or migrate it.
  public static func inMemory() throws -> HistoryStore {
    let path = ":memory:"
    do {
      return try HistoryStore(path: path, writer: DatabaseQueue(configuration: configuration()))
    } catch {
      throw HistoryError(error, path: path)
    }
  }

  /// Wraps a connection and applies the migrations it lacks.
  private init(path: String, writer: any DatabaseWriter) throws {
    self.path = path
    self.writer = writer
    try Self.migrate(writer, path: path)
  }

  /// Applies the migrations a history lacks, even while other runs open the same new file.
  ///
  /// The migrator reads which migrations are applied before it takes SQLite's write lock, so two
  /// runs opening a new history at once can both try the first migration; the second then fails
  /// ("table run already exists") after the first committed it. Each migration is one
  /// transaction, so such a failure leaves nothing behind: reading the applied migrations again
  /// and carrying on converges. Up to 50 tries, 20 ms apart, then the last error is reported.
  private static func migrate(_ writer: any DatabaseWriter, path: String) throws {
    var attempt = 0
    while true {
      do {
        try HistoryMigrations.migrator.migrate(writer)
        return
      } catch {
        attempt += 1
        guard attempt < 50 else { throw HistoryError(error, path: path) }
        usleep(20_000)
      }
    }
  }

  /// The number of schema migrations applied to this history; `supportedSchemaVersion` once open.
  ///
  /// - Returns: The schema version.
  /// - Throws: `HistoryError` when the database cannot be read.
  public func schemaVersion() throws -> Int {
    try read { db in try HistoryMigrations.migrator.appliedMigrations(db).count }
  }

  /// Runs `body` in one write transaction, rolled back if it throws.
  ///
  /// - Throws: `HistoryError` for any failure.
  func write<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try writer.write(body)
    } catch {
      throw HistoryError(error, path: path)
    }
  }

  /// Runs `body` in a read-only transaction that sees one consistent state of the database.
  ///
  /// - Throws: `HistoryError` for any failure.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try writer.read(body)
    } catch {
      throw HistoryError(error, path: path)
    }
  }

  /// The settings of every connection, the read-only check included: foreign keys on, and a wait
  /// of up to 60 seconds for another process's lock instead of failing at once (runs that share a
  /// history each write for a moment, but on a busy machine they may queue for several seconds).
  private static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(60)
    return configuration
  }

  /// Refuses an existing file this version must not write to, reading it without changing it.
  ///
  /// - Throws: `HistoryError.notADatabase`, `.notAHistory`, `.newerSchema`, or `.cannotOpen`.
  private static func checkWritable(path: String) throws {
    // The same wait as every other connection: another run may be writing the file right now.
    var configuration = Self.configuration()
    configuration.readonly = true
    let state: SchemaState
    do {
      state = try DatabaseQueue(path: path, configuration: configuration).read(SchemaState.of)
    } catch {
      throw HistoryError(error, path: path)
    }
    switch state {
    case .empty, .known: return
    case .foreign: throw HistoryError.notAHistory(path: path)
    case .newer(let unknown): throw HistoryError.newerSchema(path: path, unknownMigrations: unknown)
    }
  }
}
