internal import Logging
internal import NIOCore
internal import NIOSSL
internal import PostgresNIO

/// A PostgreSQL server (or a warehouse speaking its protocol), reached with PostgresNIO.
///
/// Each run opens one connection, sets the session's time zone to UTC and a statement timeout,
/// runs the query with its values bound as parameters, and closes the connection.
public struct PostgresEngine: QueryEngine {
  /// The engine's name in the config.
  public let name: String
  /// Where the server is.
  public let address: PostgresAddress
  /// The password, read from the environment by the caller.
  let password: String?
  /// How long a query may take, connecting included.
  public let timeoutSeconds: Double

  /// Creates an engine.
  ///
  /// - Parameters:
  ///   - name: The engine's name in the config.
  ///   - address: Where the server is.
  ///   - password: The password, if the server asks for one.
  ///   - timeoutSeconds: How long a query may take.
  public init(name: String, address: PostgresAddress, password: String?, timeoutSeconds: Double) {
    self.name = name
    self.address = address
    self.password = password
    self.timeoutSeconds = timeoutSeconds
  }

  /// PostgreSQL's dialect.
  public var dialect: SQLDialect { .postgres }

  /// The engine's name and address, such as `warehouse (postgres://almanac@db:5432/ml)`.
  public var label: String { "\(name) (\(address))" }

  /// Runs a query on a new connection and returns its result.
  ///
  /// - Parameter query: The query, with its values bound as parameters.
  /// - Returns: The result's columns.
  /// - Throws: `EngineError` naming the engine: unreachable, rejected, timed out, unreadable.
  public func run(_ query: EngineQuery) async throws(EngineError) -> EngineTable {
    let timeout = timeoutSeconds
    do {
      return try await withThrowingTaskGroup(of: EngineTable?.self) { group in
        group.addTask { try await self.runConnected(query) }
        group.addTask {
          try await Task.sleep(for: .seconds(timeout))
          return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let table = first else {
          throw EngineError(engine: label, reason: .timeout(seconds: timeout))
        }
        return table
      }
    } catch let error as EngineError {
      throw error
    } catch {
      throw EngineError(engine: label, reason: Self.reason(error))
    }
  }

  private func runConnected(_ query: EngineQuery) async throws -> EngineTable {
    let logger = Logger(label: "almanac.postgres")
    var configuration = PostgresConnection.Configuration(
      host: address.host, port: address.port, username: address.user, password: password,
      database: address.database, tls: try tls())
    configuration.options.connectTimeout = .milliseconds(Int64(min(timeoutSeconds, 60) * 1000))
    let connection = try await PostgresConnection.connect(
      configuration: configuration, id: 1, logger: logger)
    do {
      try await connection.query("SET TIME ZONE 'UTC'", logger: logger)
      let milliseconds = Int64(timeoutSeconds * 1000)
      try await connection.query(
        PostgresQuery(unsafeSQL: "SET statement_timeout = \(milliseconds)"), logger: logger)
      var bindings = PostgresBindings(capacity: query.parameters.count)
      for value in query.parameters { bindings.append(value) }
      let rows = try await connection.query(
        PostgresQuery(unsafeSQL: query.text, binds: bindings), logger: logger)
      var reader = PostgresResultReader(columns: rows.columns)
      for try await row in rows { try reader.add(row) }
      try await connection.close()
      return reader.table
    } catch {
      try? await connection.close()
      throw error
    }
  }

  private func tls() throws -> PostgresConnection.Configuration.TLS {
    switch address.tls {
    case .disable: return .disable
    case .prefer: return .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
    case .require: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
    }
  }

  /// The server's own words for a failure, or the connection's.
  static func reason(_ error: any Error) -> EngineError.Reason {
    if error is PostgresDecodingError { return .malformedResult(String(describing: error)) }
    guard let error = error as? PSQLError else {
      return .connection(String(describing: error))
    }
    if let info = error.serverInfo, let message = info[.message] {
      let state = info[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
      // 57014 is a query cancelled by statement_timeout.
      return info[.sqlState] == "57014"
        ? .query("canceled after the statement timeout") : .query(message + state)
    }
    switch error.code {
    case .connectionError, .serverClosedConnection, .sslUnsupported, .failedToAddSSLHandler:
      let cause = error.underlying.map { String(describing: $0) } ?? error.code.description
      return .connection(cause)
    default:
      return .connection(error.code.description)
    }
  }
}
