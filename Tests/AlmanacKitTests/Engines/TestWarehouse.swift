import AlmanacEngines
import Foundation
import Testing

/// The PostgreSQL server of the engine tests, from the variables `scripts/engines/postgres.sh
/// start` prints (`.ci/run` exports them before the tests).
enum TestWarehouse {
  static let url = ProcessInfo.processInfo.environment["ALMANAC_POSTGRES_URL"]

  static let isAvailable = url != nil

  static let skipReason: Comment =
    "set ALMANAC_POSTGRES_URL and ALMANAC_PG_PASSWORD (scripts/engines/postgres.sh start)"

  static func engine() throws -> PostgresEngine {
    PostgresEngine(
      name: "warehouse", address: try PostgresAddress(try #require(url)),
      password: ProcessInfo.processInfo.environment["ALMANAC_PG_PASSWORD"], timeoutSeconds: 600)
  }

  /// Runs SQL written by the test.
  @discardableResult
  static func execute(_ sql: String) async throws -> EngineTable {
    var query = EngineQuery(dialect: .postgres)
    query.append(sql)
    return try await engine().run(query)
  }

  /// A fresh table in a fresh schema, filled with rows given as text (cast by the column types).
  ///
  /// - Parameters:
  ///   - schema: The schema's name, dropped first if it exists.
  ///   - table: The table's name.
  ///   - columns: Each column's name and SQL type.
  ///   - rows: The rows, `nil` for NULL.
  /// - Throws: When the server rejects a statement.
  static func load(
    schema: String, table: String, columns: [(name: String, type: String)], rows: [[String?]]
  ) async throws {
    let dialect = SQLDialect.postgres
    let qualified = try dialect.qualified([schema, table])
    try await execute("DROP SCHEMA IF EXISTS \(try dialect.identifier(schema)) CASCADE")
    try await execute("CREATE SCHEMA \(try dialect.identifier(schema))")
    let definitions = try columns.map { "\(try dialect.identifier($0.name)) \($0.type)" }
    try await execute("CREATE TABLE \(qualified) (\(definitions.joined(separator: ", ")))")
    let names = try columns.map { try dialect.identifier($0.name) }.joined(separator: ", ")
    for start in stride(from: 0, to: rows.count, by: 500) {
      var query = EngineQuery(dialect: .postgres)
      let tuples = rows[start..<min(start + 500, rows.count)].map { row in
        "("
          + zip(row, columns).map { value, column in
            value.map { "CAST(\(query.bind($0)) AS \(column.type))" } ?? "NULL"
          }.joined(separator: ", ") + ")"
      }
      query.append("INSERT INTO \(qualified) (\(names)) VALUES \(tuples.joined(separator: ", "))")
      _ = try await engine().run(query)
    }
  }
}
