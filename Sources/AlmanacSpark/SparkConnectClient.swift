import GRPCCore
import GRPCNIOTransportHTTP2

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A client that runs SQL queries on a Spark Connect server and returns their results.
///
/// Each query opens its own HTTP/2 connection (plaintext, or TLS when the address asks for it)
/// and closes it when the results are in. All queries of one client share a server-side
/// session, so session state such as temporary views and `SET` options carries over between
/// them.
public struct SparkConnectClient: Sendable {
  /// The server and connection options.
  public let address: SparkConnectAddress

  /// The server-side session ID sent with every request.
  public let sessionID: String

  /// Creates a client; no connection is made until the first query.
  ///
  /// - Parameter address: The server and connection options. Its `sessionID`, when set, names
  ///   the session; otherwise the client makes a fresh UUID.
  public init(address: SparkConnectAddress) {
    self.address = address
    self.sessionID = address.sessionID ?? UUID().uuidString.lowercased()
  }

  /// Runs a SQL query and collects its whole result.
  ///
  /// The query is sent as an `ExecutePlan` request whose plan root is a SQL relation; every
  /// Arrow batch of the response stream is decoded and the batches are concatenated.
  ///
  /// - Parameters:
  ///   - query: The SQL text, in Spark's dialect.
  ///   - timeout: The most time the query may take, connection included.
  /// - Returns: The result table.
  /// - Throws: ``SparkConnectError`` of kind ``SparkConnectError/Kind/cannotConnect`` when the
  ///   server cannot be reached, ``SparkConnectError/Kind/timedOut(_:)`` when `timeout`
  ///   passes, ``SparkConnectError/Kind/queryFailed(errorClass:)`` with Spark's message when
  ///   the server rejects the query, and ``SparkConnectError/Kind/malformedResult`` when the
  ///   results cannot be decoded.
  public func sql(_ query: String, timeout: Duration) async throws(SparkConnectError)
    -> ArrowTable
  {
    try decode(await arrowBatches(for: query, timeout: timeout))
  }

  /// Runs a SQL query and returns the raw Arrow batches of its response stream.
  ///
  /// - Parameters:
  ///   - query: The SQL text.
  ///   - timeout: The most time the query may take, connection included.
  /// - Returns: The batches, in stream order.
  /// - Throws: ``SparkConnectError`` as ``sql(_:timeout:)`` does, except for Arrow decoding.
  func arrowBatches(
    for query: String, timeout: Duration
  ) async throws(SparkConnectError) -> [Spark_Connect_ExecutePlanResponse.ArrowBatch] {
    do {
      return try await execute(request(for: query), timeout: timeout)
    } catch {
      throw SparkConnectError(failure: error, address: address.description, timeout: timeout)
    }
  }

  /// Builds the `ExecutePlan` request for a SQL query.
  private func request(for query: String) -> Spark_Connect_ExecutePlanRequest {
    var request = Spark_Connect_ExecutePlanRequest()
    request.sessionID = sessionID
    request.userContext.userID = address.userID
    request.clientType = address.userAgent
    request.plan.root.sql.query = query
    return request
  }

  /// The gRPC metadata sent with every request: extra headers and the bearer token.
  private var metadata: Metadata {
    var metadata = Metadata()
    for (name, value) in address.headers.sorted(by: { $0.key < $1.key }) {
      metadata.addString(value, forKey: name.lowercased())
    }
    if let token = address.token {
      metadata.addString("Bearer \(token)", forKey: "authorization")
    }
    return metadata
  }

  /// Sends the request and collects the Arrow batches of the response stream.
  private func execute(
    _ request: Spark_Connect_ExecutePlanRequest, timeout: Duration
  ) async throws -> [Spark_Connect_ExecutePlanResponse.ArrowBatch] {
    let transport = try HTTP2ClientTransport.Posix(
      target: .dns(host: address.host, port: address.port),
      transportSecurity: address.usesTLS ? .tls : .plaintext)
    var options = CallOptions.defaults
    options.timeout = timeout
    options.waitForReady = false
    options.maxRequestMessageBytes = address.maxMessageBytes
    options.maxResponseMessageBytes = address.maxMessageBytes
    let metadata = metadata
    return try await withGRPCClient(transport: transport) { grpc in
      let service = Spark_Connect_SparkConnectService.Client(wrapping: grpc)
      return try await service.executePlan(request, metadata: metadata, options: options) {
        response in
        var batches: [Spark_Connect_ExecutePlanResponse.ArrowBatch] = []
        for try await message in response.messages {
          if case .arrowBatch(let batch) = message.responseType {
            batches.append(batch)
          }
        }
        return batches
      }
    }
  }

  /// Decodes and concatenates Arrow batches, checking each against its declared row count.
  private func decode(
    _ batches: [Spark_Connect_ExecutePlanResponse.ArrowBatch]
  ) throws(SparkConnectError) -> ArrowTable {
    do {
      var tables: [ArrowTable] = []
      tables.reserveCapacity(batches.count)
      for batch in batches {
        let table = try ArrowIPC.readStream([UInt8](batch.data))
        guard table.rowCount == batch.rowCount else {
          throw ArrowError.malformed(
            "a batch declares \(batch.rowCount) rows but holds \(table.rowCount)")
        }
        tables.append(table)
      }
      return try ArrowTable(concatenating: tables)
    } catch {
      throw SparkConnectError(.malformedResult, address: address.description, detail: "\(error)")
    }
  }
}
