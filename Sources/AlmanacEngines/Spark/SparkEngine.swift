public import AlmanacSpark

/// A Spark cluster reached through Spark Connect.
///
/// Each run sets the session's time zone to UTC, so that a timestamp is read as the same
/// instant as from PostgreSQL and files, then runs the query and reads its Arrow batches.
public struct SparkEngine: QueryEngine {
  /// The engine's name in the config.
  public let name: String
  /// The client, with the server's address and the session.
  let client: SparkConnectClient
  /// How long a query may take, connecting included.
  public let timeoutSeconds: Double

  /// Creates an engine.
  ///
  /// - Parameters:
  ///   - name: The engine's name in the config.
  ///   - address: The Spark Connect server, with its token if it asks for one.
  ///   - timeoutSeconds: How long a query may take.
  public init(name: String, address: SparkConnectAddress, timeoutSeconds: Double) {
    self.name = name
    client = SparkConnectClient(address: address)
    self.timeoutSeconds = timeoutSeconds
  }

  /// Spark's dialect.
  public var dialect: SQLDialect { .spark }

  /// The engine's name and address, such as `lake (sc://spark.internal:15002)`.
  public var label: String { "\(name) (\(client.address))" }

  /// Runs a query in the engine's session and returns its result.
  ///
  /// - Parameter query: The query, its values written as quoted literals.
  /// - Returns: The result's columns.
  /// - Throws: `EngineError` naming the engine: unreachable, rejected, timed out, unreadable.
  public func run(_ query: EngineQuery) async throws(EngineError) -> EngineTable {
    let timeout = Duration.seconds(timeoutSeconds)
    do {
      _ = try await client.sql("SET spark.sql.session.timeZone = UTC", timeout: timeout)
      return Self.table(try await client.sql(query.text, timeout: timeout))
    } catch {
      let reason: EngineError.Reason =
        switch error.kind {
        case .invalidAddress, .cannotConnect: .connection(error.detail)
        case .timedOut: .timeout(seconds: timeoutSeconds)
        case .queryFailed(let errorClass):
          .query(errorClass.map { "\(error.detail) (\($0))" } ?? error.detail)
        case .malformedResult: .malformedResult(error.detail)
        }
      throw EngineError(engine: label, reason: reason)
    }
  }

  /// An Arrow result as an engine table: numbers as numbers, everything else as text.
  static func table(_ arrow: ArrowTable) -> EngineTable {
    EngineTable(
      columns: arrow.columns.map { column in
        let (type, values): (String, EngineValues) =
          switch column.values {
          case .null(let count): ("void", .texts(Array(repeating: nil, count: count)))
          case .int64(let values): ("bigint", .integers(values))
          case .double(let values): ("double", .doubles(values))
          case .string(let values): ("string", .texts(values))
          case .bool(let values):
            ("boolean", .texts(values.map { $0.map { $0 ? "true" : "false" } }))
          case .date(let values): ("date", .integers(values))
          case .timestamp(let values): ("timestamp", .integers(values))
          }
        return EngineColumn(name: column.name, engineType: type, values: values)
      })
  }
}
