import AlmanacEngines
import Foundation
import Testing

/// Runs against a real PostgreSQL server: `scripts/engines/postgres.sh start` prints the
/// variables to export (`.ci/run` does so before the tests).
@Suite("PostgreSQL engine", .enabled(if: PostgresServer.address != nil, PostgresServer.skipReason))
struct PostgresEngineTests {
  let engine: PostgresEngine

  init() throws { engine = try PostgresServer.engine() }

  @Test("values come back typed, NULL as nil, parameters bound")
  func typedValues() async throws {
    var query = EngineQuery(dialect: .postgres)
    let bound = query.bind("it's")
    query.append(
      "SELECT CAST(7 AS bigint) AS n, CAST(2.5 AS double precision) AS x, CAST(0.1 AS numeric) AS d, "
        + "\(bound) AS t, CAST(NULL AS text) AS missing")
    let table = try await engine.run(query)
    #expect(table.rowCount == 1)
    #expect(table["n"]?.values == .integers([7]))
    #expect(table["x"]?.values == .doubles([2.5]))
    #expect(table["d"]?.values == .doubles([0.1]))
    #expect(table["t"]?.values == .texts(["it's"]))
    #expect(table["missing"]?.values == .texts([nil]))
  }

  @Test("a failed query names the engine and carries the server's message")
  func failedQuery() async throws {
    var query = EngineQuery(dialect: .postgres)
    query.append("SELECT * FROM no_such_table")
    await #expect {
      _ = try await engine.run(query)
    } throws: { error in
      let text = String(describing: error)
      return text.contains("test-postgres (postgres://") && text.contains("no_such_table")
        && text.contains("42P01")
    }
  }

  @Test("a query that runs past the timeout is stopped and reported")
  func timeout() async throws {
    let slow = try PostgresServer.engine(timeoutSeconds: 1)
    var query = EngineQuery(dialect: .postgres)
    query.append("SELECT pg_sleep(5)")
    await #expect {
      _ = try await slow.run(query)
    } throws: { error in
      guard let error = error as? EngineError else { return false }
      return error.reason == .timeout(seconds: 1)
        || error.description.contains("statement timeout")
    }
  }

  @Test("a wrong password and a closed port fail as connection errors")
  func connectionErrors() async throws {
    var query = EngineQuery(dialect: .postgres)
    query.append("SELECT 1")
    let wrongPassword = try PostgresServer.engine(password: "not-the-password")
    await #expect {
      _ = try await wrongPassword.run(query)
    } throws: { error in
      String(describing: error).contains("test-postgres")
    }
    var closed = try #require(PostgresServer.address)
    closed.port = 1
    let nowhere = PostgresEngine(
      name: "closed", address: closed, password: nil, timeoutSeconds: 600)
    await #expect {
      _ = try await nowhere.run(query)
    } throws: { error in
      guard let error = error as? EngineError, case .connection = error.reason else { return false }
      return error.description.hasPrefix("cannot connect to closed (postgres://")
    }
  }
}

/// The test server from the environment.
enum PostgresServer {
  static let address: PostgresAddress? = ProcessInfo.processInfo.environment["ALMANAC_POSTGRES_URL"]
    .flatMap { try? PostgresAddress($0) }

  static let skipReason: Comment =
    "set ALMANAC_POSTGRES_URL and ALMANAC_PG_PASSWORD (scripts/engines/postgres.sh start)"

  static func engine(timeoutSeconds: Double = 600, password: String? = nil) throws -> PostgresEngine
  {
    PostgresEngine(
      name: "test-postgres", address: try #require(address),
      password: password ?? ProcessInfo.processInfo.environment["ALMANAC_PG_PASSWORD"],
      timeoutSeconds: timeoutSeconds)
  }
}
