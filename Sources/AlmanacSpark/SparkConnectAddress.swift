#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where and how to reach a Spark Connect server, parsed from a connection string.
///
/// The connection string follows Spark's client connection-string specification:
/// `sc://host[:port]/[;param=value]...`, with the port defaulting to 15002 and these
/// case-sensitive parameters:
/// - `token`: a bearer token sent as `authorization: Bearer <token>`; it turns TLS on unless
///   `use_ssl=false` is given explicitly.
/// - `use_ssl`: `true` or `false` (default `false`): connect with TLS, verifying the server
///   against the system's trust roots.
/// - `user_id`: the user named in every request's user context.
/// - `user_agent`: the client type reported to the server (default `almanac`).
/// - `session_id`: a UUID naming the server-side session (default: a fresh UUID per client).
/// - `grpc_max_message_size`: the largest response message accepted, in bytes
///   (default 134217728).
///
/// Any other parameter is sent as gRPC metadata with every request, as Spark's Python client
/// does.
public struct SparkConnectAddress: Sendable, Equatable, CustomStringConvertible {
  /// The host name or IP address (IPv6 without brackets).
  public var host: String

  /// The TCP port.
  public var port: Int

  /// The bearer token, if any.
  public var token: String?

  /// Whether to connect with TLS.
  public var usesTLS: Bool

  /// The user ID sent in the user context; empty when not given.
  public var userID: String

  /// The client type reported to the server.
  public var userAgent: String

  /// The server-side session to use, or `nil` for a fresh one per client.
  public var sessionID: String?

  /// The largest response message accepted, in bytes.
  public var maxMessageBytes: Int

  /// Extra gRPC metadata sent with every request, from unrecognised parameters.
  public var headers: [String: String]

  /// The port used when the connection string names none.
  public static let defaultPort = 15002

  /// The response message limit used when the connection string sets none (128 MiB).
  public static let defaultMaxMessageBytes = 128 * 1024 * 1024

  /// Creates an address from its parts.
  ///
  /// - Parameters:
  ///   - host: The host name or IP address.
  ///   - port: The TCP port.
  ///   - token: A bearer token, or `nil`.
  ///   - usesTLS: Whether to connect with TLS; defaults to whether a token is given.
  ///   - userID: The user ID for the user context.
  public init(
    host: String, port: Int = defaultPort, token: String? = nil, usesTLS: Bool? = nil,
    userID: String = ""
  ) {
    self.host = host
    self.port = port
    self.token = token
    self.usesTLS = usesTLS ?? (token != nil)
    self.userID = userID
    self.userAgent = "almanac"
    self.sessionID = nil
    self.maxMessageBytes = Self.defaultMaxMessageBytes
    self.headers = [:]
  }

  /// Parses a Spark Connect connection string.
  ///
  /// - Parameters:
  ///   - connectionString: A string such as `sc://localhost:15002/;user_id=me`.
  ///   - token: A bearer token read from elsewhere (an environment variable, say); it
  ///     replaces any `token` parameter and, like it, turns TLS on unless `use_ssl=false`.
  /// - Throws: ``SparkConnectError`` of kind ``SparkConnectError/Kind/invalidAddress`` naming
  ///   what is wrong; the message never repeats the token.
  public init(parsing connectionString: String, token: String? = nil) throws(SparkConnectError) {
    let parsed = try ConnectionString(connectionString)
    self.init(host: parsed.host, port: parsed.port)
    var parameters = parsed.parameters
    self.token = token ?? parameters.removeValue(forKey: "token")
    if let value = parameters.removeValue(forKey: "use_ssl") {
      switch value.lowercased() {
      case "true": usesTLS = true
      case "false": usesTLS = false
      default: throw parsed.invalid("use_ssl must be true or false, not \"\(value)\"")
      }
    } else {
      usesTLS = self.token != nil
    }
    userID = parameters.removeValue(forKey: "user_id") ?? ""
    userAgent = parameters.removeValue(forKey: "user_agent") ?? userAgent
    if let session = parameters.removeValue(forKey: "session_id") {
      guard let uuid = UUID(uuidString: session) else {
        throw parsed.invalid("session_id must be a UUID, not \"\(session)\"")
      }
      sessionID = uuid.uuidString.lowercased()
    }
    if let size = parameters.removeValue(forKey: "grpc_max_message_size") {
      guard let bytes = Int(size), bytes > 0 else {
        throw parsed.invalid("grpc_max_message_size must be a positive integer, not \"\(size)\"")
      }
      maxMessageBytes = bytes
    }
    headers = parameters
  }

  /// The address as `sc://host:port`, without parameters, so it never shows the token.
  public var description: String {
    host.contains(":") ? "sc://[\(host)]:\(port)" : "sc://\(host):\(port)"
  }
}
