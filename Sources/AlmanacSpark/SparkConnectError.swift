/// A failure to run a query on a Spark Connect server, with a one-line message naming the
/// server.
///
/// `description` is meant for users: for example
/// `Spark query failed at sc://localhost:15002: [TABLE_OR_VIEW_NOT_FOUND] The table or view
/// `nope` cannot be found. ...`.
public struct SparkConnectError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Equatable, Sendable {
    /// The connection string is malformed.
    case invalidAddress

    /// No connection could be made to the server (refused, unreachable, DNS or TLS failure).
    case cannotConnect

    /// The query did not finish within the given timeout.
    case timedOut(Duration)

    /// The server rejected or failed the query; `errorClass` is Spark's error class, such as
    /// `TABLE_OR_VIEW_NOT_FOUND`, when the server sent one.
    case queryFailed(errorClass: String?)

    /// The server's result could not be decoded.
    case malformedResult
  }

  /// What went wrong.
  public let kind: Kind

  /// The server, as `sc://host:port` (never with the token).
  public let address: String

  /// The explanation: the server's first message line, the Arrow problem, or the cause of
  /// the connection failure.
  public let detail: String

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - kind: What went wrong.
  ///   - address: The server as `sc://host:port`.
  ///   - detail: The explanation; only its first non-blank line is kept.
  public init(_ kind: Kind, address: String, detail: String) {
    self.kind = kind
    self.address = address
    let lines = detail.split(whereSeparator: \.isNewline)
    let line = lines.first { $0.contains { !$0.isWhitespace } } ?? ""
    self.detail = String(line.drop(while: \.isWhitespace))
  }

  /// A one-line message for the user.
  public var description: String {
    switch kind {
    case .invalidAddress:
      let subject = address.isEmpty ? "" : " \"\(address)\""
      return "invalid Spark Connect address\(subject): \(detail)"
    case .cannotConnect:
      return "cannot connect to Spark Connect at \(address): \(detail)"
    case .timedOut(let timeout):
      return "Spark query at \(address) timed out after \(Self.seconds(timeout))"
    case .queryFailed(let errorClass):
      let prefix = errorClass.map { "[\($0)]" }
      let message =
        if let prefix, !detail.hasPrefix(prefix) { "\(prefix) \(detail)" } else { detail }
      return "Spark query failed at \(address): \(message)"
    case .malformedResult:
      return "Spark returned a malformed result at \(address): \(detail)"
    }
  }

  /// A duration as `N s`, to the millisecond.
  private static func seconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000
    return millis % 1000 == 0 ? "\(millis / 1000) s" : "\(Double(millis) / 1000) s"
  }
}
