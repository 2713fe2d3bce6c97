import Foundation
import Testing

@testable import AlmanacSpark

/// The Spark Connect server the integration tests use, from `ALMANAC_SPARK_URL`.
enum SparkServer {
  static let url = ProcessInfo.processInfo.environment["ALMANAC_SPARK_URL"]

  static func client() throws -> SparkConnectClient {
    let url = try #require(url)
    return SparkConnectClient(address: try SparkConnectAddress(parsing: url))
  }
}

@Suite(
  .enabled(
    if: SparkServer.url != nil,
    "set ALMANAC_SPARK_URL (e.g. sc://localhost:15002, after scripts/start-spark.sh) to run")
)
struct SparkConnectIntegrationTests {
  /// The time a query is allowed where time is not what a test checks: other suites run beside
  /// these and may hold both cores for minutes.
  static let patience = Duration.seconds(600)

  let client: SparkConnectClient

  init() throws {
    client = try SparkServer.client()
  }

  @Test func selectsLiterals() async throws {
    let table = try await client.sql("SELECT 1 AS a, 2.5 AS b, 'x' AS c", timeout: Self.patience)
    #expect(table.rowCount == 1)
    #expect(table.columns.map(\.name) == ["a", "b", "c"])
    #expect(table.column(named: "a")?.values == .int64([1]))
    // Spark types the literal 2.5 as DECIMAL(2,1).
    #expect(table.column(named: "b")?.values == .double([2.5]))
    #expect(table.column(named: "c")?.values == .string(["x"]))
  }

  @Test func readsNulls() async throws {
    let table = try await client.sql(
      """
      SELECT * FROM VALUES
        (1, 'y', 1.5D, true, NULL, DATE'2024-02-29'),
        (CAST(NULL AS INT), CAST(NULL AS STRING), CAST(NULL AS DOUBLE),
         CAST(NULL AS BOOLEAN), NULL, CAST(NULL AS DATE))
      AS t(i, s, d, b, n, day)
      """, timeout: Self.patience)
    #expect(table.rowCount == 2)
    #expect(table.column(named: "i")?.values == .int64([1, nil]))
    #expect(table.column(named: "s")?.values == .string(["y", nil]))
    #expect(table.column(named: "d")?.values == .double([1.5, nil]))
    #expect(table.column(named: "b")?.values == .bool([true, nil]))
    #expect(table.column(named: "n")?.values == .null(count: 2))
    #expect(table.column(named: "day")?.values == .date([19782, nil]))
  }

  @Test func groupsAMillionRowsAcrossBatches() async throws {
    let query = """
      SELECT id % 100000 AS k, count(*) AS n, sum(id) AS total
      FROM range(0, 1000000) GROUP BY id % 100000 ORDER BY k
      """
    let batches = try await client.arrowBatches(for: query, timeout: Self.patience)
    #expect(batches.count > 1)
    let table = try await client.sql(query, timeout: Self.patience)
    #expect(table.rowCount == 100_000)
    let keys = (0..<Int64(100_000)).map { Optional($0) }
    #expect(table.column(named: "k")?.values == .int64(keys))
    #expect(table.column(named: "n")?.values == .int64(Array(repeating: 10, count: 100_000)))
    // The ten ids k, k + 100000, ..., k + 900000 add up to 10k + 4500000.
    #expect(
      table.column(named: "total")?.values == .int64(keys.map { $0.map { 10 * $0 + 4_500_000 } }))
  }

  @Test func sumsDecimals() async throws {
    let table = try await client.sql(
      """
      SELECT SUM(x) AS total, SUM(CAST(x * 100 AS DECIMAL(30, 0))) AS cents
      FROM VALUES (CAST(1.10 AS DECIMAL(10, 2))), (2.20), (3.30) AS t(x)
      """, timeout: Self.patience)
    #expect(table.column(named: "total")?.values == .double([6.6]))
    #expect(table.column(named: "cents")?.values == .int64([660]))
  }

  @Test func reportsSparksMessageForUnknownTables() async throws {
    let error = try await #require(throws: SparkConnectError.self) {
      try await client.sql("SELECT * FROM almanac_no_such_table", timeout: Self.patience)
    }
    #expect(error.kind == .queryFailed(errorClass: "TABLE_OR_VIEW_NOT_FOUND"))
    #expect(error.description.hasPrefix("Spark query failed at \(client.address): "))
    #expect(error.description.contains("almanac_no_such_table"))
    #expect(!error.description.contains("\n"))
  }

  @Test func reportsTheFirstLineOfSyntaxErrors() async throws {
    let error = try await #require(throws: SparkConnectError.self) {
      try await client.sql("SELEC 1", timeout: Self.patience)
    }
    #expect(error.kind == .queryFailed(errorClass: "PARSE_SYNTAX_ERROR"))
    #expect(error.detail.hasPrefix("[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'"))
  }

  @Test func timesOut() async throws {
    let error = try await #require(throws: SparkConnectError.self) {
      try await client.sql(
        "SELECT reflect('java.lang.Thread', 'sleep', CAST(15000 AS BIGINT))", timeout: .seconds(1))
    }
    #expect(error.kind == .timedOut(.seconds(1)))
    #expect(error.description == "Spark query at \(client.address) timed out after 1 s")
  }
}

@Suite struct SparkConnectConnectionTests {
  @Test func failsFastOnAClosedPort() async throws {
    let client = SparkConnectClient(address: SparkConnectAddress(host: "127.0.0.1", port: 1))
    // Refused at once: a connection error, not the query's 30-second timeout.
    let error = try await #require(throws: SparkConnectError.self) {
      try await client.sql("SELECT 1", timeout: .seconds(600))
    }
    #expect(error.kind == .cannotConnect)
    #expect(error.description.hasPrefix("cannot connect to Spark Connect at sc://127.0.0.1:1: "))
  }
}
