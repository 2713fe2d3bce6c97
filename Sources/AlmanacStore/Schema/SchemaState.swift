import GRDB

/// What an existing database file holds, judged before this version of Almanac writes to it.
enum SchemaState: Equatable {
  /// No tables yet: a new history.
  case empty
  /// An Almanac history whose migrations this version knows (perhaps not all applied yet).
  case known
  /// An Almanac history migrated by a newer version: these migrations are unknown here.
  case newer(unknownMigrations: [String])
  /// A database of another program.
  case foreign

  /// Reads the state of a database.
  ///
  /// - Parameter db: A connection; only read.
  /// - Returns: The database's state.
  /// - Throws: `DatabaseError` when the database cannot be read.
  static func of(_ db: Database) throws -> SchemaState {
    let migrator = HistoryMigrations.migrator
    let applied = try migrator.appliedIdentifiers(db)
    if applied.isEmpty {
      // The migrations table alone is what a first migration interrupted before its commit leaves.
      let tables =
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM sqlite_schema
            WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'grdb_migrations'
            """) ?? 0
      return tables == 0 ? .empty : .foreign
    }
    guard applied.contains(HistoryMigrations.first) else { return .foreign }
    let unknown = applied.subtracting(migrator.migrations).sorted()
    return unknown.isEmpty ? .known : .newer(unknownMigrations: unknown)
  }
}
