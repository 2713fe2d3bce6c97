/// Where a PostgreSQL server is and whom to connect as, read from a `postgres://` address.
///
/// `postgres://user@host:5432/database?sslmode=require`: the port defaults to 5432, the database to
/// the user's name; `sslmode` is `disable` (the default), `prefer` or `require`. A password in the
/// address is refused: it comes from an environment variable, never from a config file.
public struct PostgresAddress: Sendable, Equatable, CustomStringConvertible {
  /// How the connection is encrypted.
  public enum TLSMode: String, Sendable, Equatable, CaseIterable {
    case disable, prefer, require
  }

  /// The server's host name or address.
  public var host: String
  /// The server's port.
  public var port: Int
  /// The user to connect as.
  public var user: String
  /// The database.
  public var database: String
  /// How the connection is encrypted.
  public var tls: TLSMode

  /// Reads an address.
  ///
  /// - Parameter text: The address, `postgres://` or `postgresql://`.
  /// - Throws: `AddressProblem` saying what is wrong.
  public init(_ text: String) throws(AddressProblem) {
    var rest = Substring(text)
    guard let scheme = ["postgres://", "postgresql://"].first(where: { rest.hasPrefix($0) }) else {
      throw AddressProblem("it must start with postgres://")
    }
    rest = rest.dropFirst(scheme.count)
    var query = Substring("")
    if let mark = rest.firstIndex(of: "?") {
      query = rest[rest.index(after: mark)...]
      rest = rest[..<mark]
    }
    var path = Substring("")
    if let slash = rest.firstIndex(of: "/") {
      path = rest[rest.index(after: slash)...]
      rest = rest[..<slash]
    }
    guard let at = rest.lastIndex(of: "@") else {
      throw AddressProblem("it must name a user, as in postgres://user@host/database")
    }
    let credentials = rest[..<at]
    guard !credentials.contains(":") else {
      throw AddressProblem("it must not hold a password; give password_env instead")
    }
    user = String(credentials)
    let hostPort = rest[rest.index(after: at)...]
    if let colon = hostPort.lastIndex(of: ":"), !hostPort.hasSuffix("]") {
      guard let number = Int(hostPort[hostPort.index(after: colon)...]),
        (1...65_535).contains(number)
      else {
        throw AddressProblem("its port must be a number from 1 to 65535")
      }
      port = number
      host = String(hostPort[..<colon])
    } else {
      port = 5432
      host = String(hostPort)
    }
    host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    guard !user.isEmpty, !host.isEmpty else {
      throw AddressProblem("it must name a user and a host, as in postgres://user@host/database")
    }
    database = path.isEmpty ? user : String(path)
    tls = .disable
    for pair in query.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, parts[0] == "sslmode", let mode = TLSMode(rawValue: parts[1]) else {
        throw AddressProblem(
          "it may only set sslmode (disable, prefer or require), found \(String(reflecting: String(pair)))"
        )
      }
      tls = mode
    }
  }

  /// The address without secrets, for messages.
  public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}

/// Why an engine's address cannot be used.
public struct AddressProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong.
  public var description: String

  /// Creates a problem.
  ///
  /// - Parameter description: What is wrong.
  public init(_ description: String) { self.description = description }
}
