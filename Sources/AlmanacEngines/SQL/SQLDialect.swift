/// The SQL spelling of one engine: how names, values and the few functions Almanac's queries use
/// are written.
///
/// Every name from a config (table, column) goes through ``identifier(_:)`` and every value
/// through ``SQLText/bind(_:)``, so no text from a config is ever spliced into a query as it is.
public enum SQLDialect: String, Sendable, Equatable, CaseIterable {
  /// PostgreSQL and the warehouses that speak its dialect.
  case postgres
  /// Spark SQL, through Spark Connect.
  case spark

  /// A name quoted as an identifier: PostgreSQL's `"…"` with `"` doubled, Spark's `` `…` `` with
  /// `` ` `` doubled.
  ///
  /// - Parameter name: A table or column name as written in the config.
  /// - Returns: The quoted name.
  /// - Throws: `SQLNameProblem` for an empty name or one holding a NUL character, which no
  ///   engine can name.
  public func identifier(_ name: String) throws(SQLNameProblem) -> String {
    guard !name.isEmpty else { throw SQLNameProblem(name: name, reason: "it is empty") }
    guard !name.unicodeScalars.contains("\u{0}") else {
      throw SQLNameProblem(name: name, reason: "it holds a NUL character")
    }
    switch self {
    case .postgres: return "\"" + name.replacingAll("\"", with: "\"\"") + "\""
    case .spark: return "`" + name.replacingAll("`", with: "``") + "`"
    }
  }

  /// A qualified name (`schema.table`), each part quoted.
  ///
  /// - Parameter parts: The parts, outermost first.
  /// - Returns: The quoted parts joined by dots.
  /// - Throws: `SQLNameProblem` when a part cannot be quoted.
  public func qualified(_ parts: [String]) throws(SQLNameProblem) -> String {
    var quoted: [String] = []
    for part in parts { quoted.append(try identifier(part)) }
    return quoted.joined(separator: ".")
  }

  /// A text value as a literal: Spark's `'…'` with backslashes and quotes escaped; PostgreSQL's
  /// escape string `E'…'`, which reads the same whatever `standard_conforming_strings` says.
  ///
  /// - Parameter value: The text.
  /// - Returns: The literal.
  public func literal(_ value: String) -> String {
    let escaped = value.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'")
    switch self {
    case .postgres: return "E'" + escaped + "'"
    case .spark: return "'" + escaped + "'"
    }
  }

  /// A finite number as a literal both engines read as the same double: the shortest spelling
  /// that reads back exactly, in exponent form (Spark reads `0.1` as a decimal, `0.1E0` as a
  /// double).
  ///
  /// - Parameter value: A finite number.
  /// - Returns: The literal, such as `0.1E0` or `-2.5E-7`.
  public func literal(_ value: Double) -> String {
    precondition(value.isFinite, "a SQL number must be finite, not \(value)")
    let text = value.description.uppercased()
    return text.contains("E") ? text : text + "E0"
  }

  /// An expression cast to text.
  public func text(_ expression: String) -> String {
    self == .postgres ? "CAST(\(expression) AS text)" : "CAST(\(expression) AS STRING)"
  }

  /// An expression cast to a double.
  public func double(_ expression: String) -> String {
    self == .postgres
      ? "CAST(\(expression) AS double precision)" : "CAST(\(expression) AS DOUBLE)"
  }

  /// The instant `seconds` after the Unix epoch, as a timestamp with time zone.
  public func instant(secondsSinceEpoch seconds: Int64) -> String {
    self == .postgres ? "to_timestamp(\(seconds))" : "timestamp_seconds(\(seconds))"
  }

  /// The calendar day of a timestamp in a time zone, as `YYYY-MM-DD` text.
  ///
  /// A timestamp without a zone is taken as UTC: the session's zone is set to UTC before
  /// Almanac's queries run.
  ///
  /// - Parameters:
  ///   - timestamp: The timestamp expression.
  ///   - timeZone: An IANA time zone name.
  /// - Returns: The expression.
  public func day(of timestamp: String, in timeZone: String) -> String {
    switch self {
    case .postgres:
      return
        "to_char(CAST(\(timestamp) AS timestamptz) AT TIME ZONE \(literal(timeZone)), 'YYYY-MM-DD')"
    case .spark:
      return "date_format(from_utc_timestamp(\(timestamp), \(literal(timeZone))), 'yyyy-MM-dd')"
    }
  }

  /// The sum of a double expression, exact where the engine can: PostgreSQL adds the values as
  /// `numeric`, without rounding, and rounds the total once; Spark adds doubles.
  public func exactSum(_ expression: String) -> String {
    self == .postgres
      ? "CAST(SUM(CAST(\(expression) AS numeric)) AS double precision)" : "SUM(\(expression))"
  }
}

/// Why a name from the config cannot be written in a query.
public struct SQLNameProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The name.
  public var name: String
  /// What is wrong with it.
  public var reason: String

  /// One line naming the name and the reason.
  public var description: String { "cannot use \(String(reflecting: name)) as a name: \(reason)" }
}

extension String {
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
