import AlmanacEngines
import AlmanacSpark
import Foundation
import Testing

/// Runs against a real Spark Connect server: `scripts/engines/spark/start.sh` starts one
/// (`.ci/run` does so and exports ALMANAC_SPARK_URL before the tests).
@Suite(
  "Spark engine",
  .enabled(
    if: ProcessInfo.processInfo.environment["ALMANAC_SPARK_URL"] != nil,
    "set ALMANAC_SPARK_URL (scripts/engines/spark/start.sh)"))
struct SparkEngineTests {
  let engine: SparkEngine

  init() throws {
    let url = try #require(ProcessInfo.processInfo.environment["ALMANAC_SPARK_URL"])
    engine = SparkEngine(
      name: "test-spark", address: try SparkConnectAddress(parsing: url), timeoutSeconds: 600)
  }

  private func run(_ sql: String) async throws -> EngineTable {
    var query = EngineQuery(dialect: .spark)
    query.append(sql)
    return try await engine.run(query)
  }

  @Test("values come back typed, NULL as nil, literals quoted")
  func typedValues() async throws {
    var query = EngineQuery(dialect: .spark)
    let quoted = query.bind("it's \\ here")
    query.append(
      "SELECT CAST(7 AS BIGINT) AS n, 2.5E0 AS x, \(quoted) AS t, CAST(NULL AS STRING) AS missing")
    let table = try await engine.run(query)
    #expect(table["n"]?.values == .integers([7]))
    #expect(table["x"]?.values == .doubles([2.5]))
    #expect(table["t"]?.values == .texts(["it's \\ here"]))
    #expect(table["missing"]?.values == .texts([nil]))
  }

  @Test("a table made and filled through the engine reads back, a quoted column name described")
  func tableRoundTrip() async throws {
    _ = try await run("CREATE DATABASE IF NOT EXISTS engine_tests")
    _ = try await run("DROP TABLE IF EXISTS engine_tests.`odd_name`")
    _ = try await run(
      "CREATE TABLE engine_tests.`odd_name` (ts TIMESTAMP, `x'y` DOUBLE) USING parquet")
    _ = try await run(
      "INSERT INTO engine_tests.`odd_name` VALUES (timestamp_seconds(1794787200), 1.5E0), (NULL, NULL)"
    )
    let described = try await run("SELECT * FROM engine_tests.`odd_name` WHERE 1 = 0")
    #expect(described.columns.map(\.name) == ["ts", "x'y"])
    #expect(described.columns.map(\.engineType) == ["timestamp", "double"])
    let sum = try await run(
      "SELECT SUM(`x'y`) AS total, COUNT(*) AS n FROM engine_tests.`odd_name`")
    #expect(sum["total"]?.values == .doubles([1.5]))
    #expect(sum["n"]?.values == .integers([2]))
  }

  @Test("a failed query names the engine and carries Spark's error class")
  func failedQuery() async throws {
    await #expect {
      _ = try await run("SELECT * FROM engine_tests.no_such_table")
    } throws: { error in
      let text = String(describing: error)
      return text.contains("test-spark (sc://") && text.contains("TABLE_OR_VIEW_NOT_FOUND")
    }
  }
}
