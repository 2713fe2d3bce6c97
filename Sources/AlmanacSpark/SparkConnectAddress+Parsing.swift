/// The parts of an `sc://` connection string, before their meaning is checked.
struct ConnectionString {
  /// The scheme, host and port of the connection string, for error messages; never the token.
  let redacted: String

  /// The host, without IPv6 brackets.
  let host: String

  /// The port, or the default.
  let port: Int

  /// The `name=value` parameters; a repeated name keeps its last value.
  let parameters: [String: String]

  /// Splits a connection string into host, port and parameters.
  ///
  /// - Parameter text: The connection string.
  /// - Throws: ``SparkConnectError`` of kind ``SparkConnectError/Kind/invalidAddress``.
  init(_ text: String) throws(SparkConnectError) {
    let scheme = "sc://"
    guard text.lowercased().hasPrefix(scheme) else {
      throw Self.invalid("", "it must start with \(scheme)")
    }
    let rest = text.dropFirst(scheme.count)
    let authority = rest.prefix { $0 != "/" && $0 != ";" }
    redacted = scheme + authority
    var segments = rest.dropFirst(authority.count).split(
      separator: ";", omittingEmptySubsequences: false)
    let path = segments.isEmpty ? "" : segments.removeFirst()
    guard path.isEmpty || path == "/" else {
      throw Self.invalid(redacted, "the path must be empty, with parameters after \"/;\"")
    }
    (host, port) = try Self.hostAndPort(authority, redacted: redacted)
    var parameters: [String: String] = [:]
    for (index, segment) in segments.enumerated() where !segment.isEmpty {
      guard let equals = segment.firstIndex(of: "="), equals != segment.startIndex else {
        throw Self.invalid(redacted, "parameter \(index + 1) is not of the form name=value")
      }
      parameters[String(segment[..<equals])] = String(segment[segment.index(after: equals)...])
    }
    self.parameters = parameters
  }

  /// An invalid-address error about this connection string.
  ///
  /// - Parameter reason: What is wrong.
  /// - Returns: The error.
  func invalid(_ reason: String) -> SparkConnectError {
    Self.invalid(redacted, reason)
  }

  private static func invalid(_ redacted: String, _ reason: String) -> SparkConnectError {
    SparkConnectError(.invalidAddress, address: redacted, detail: reason)
  }

  /// Splits `host`, `host:port`, `[v6]` or `[v6]:port`.
  private static func hostAndPort(
    _ authority: Substring, redacted: String
  ) throws(SparkConnectError) -> (String, Int) {
    let host: Substring
    let portText: Substring?
    if authority.hasPrefix("[") {
      guard let close = authority.firstIndex(of: "]") else {
        throw invalid(redacted, "the IPv6 address lacks its closing \"]\"")
      }
      host = authority[authority.index(after: authority.startIndex)..<close]
      let after = authority[authority.index(after: close)...]
      guard after.isEmpty || after.hasPrefix(":") else {
        throw invalid(redacted, "unexpected \"\(after)\" after the IPv6 address")
      }
      portText = after.isEmpty ? nil : after.dropFirst()
    } else {
      let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count <= 2 else {
        throw invalid(redacted, "an IPv6 host must be written in brackets, as [::1]")
      }
      host = parts[0]
      portText = parts.count == 2 ? parts[1] : nil
    }
    guard !host.isEmpty, !host.contains(where: { $0.isWhitespace || $0 == "@" }) else {
      throw invalid(redacted, "the host \"\(host)\" is not valid")
    }
    guard let portText else { return (String(host), SparkConnectAddress.defaultPort) }
    guard let port = Int(portText), (1...65535).contains(port) else {
      throw invalid(redacted, "the port \"\(portText)\" is not a number from 1 to 65535")
    }
    return (String(host), port)
  }
}
