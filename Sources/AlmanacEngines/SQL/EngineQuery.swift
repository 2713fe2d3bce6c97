/// A query ready for one engine: its text and the values bound to its parameters.
public struct EngineQuery: Sendable, Equatable {
  /// The dialect the text is written in.
  public let dialect: SQLDialect
  /// The SQL text.
  public private(set) var text = ""
  /// The text values bound to `$1`, `$2`, … (PostgreSQL); empty for Spark, whose values are
  /// written as quoted literals.
  public private(set) var parameters: [String] = []

  /// Starts an empty query.
  ///
  /// - Parameter dialect: The engine's dialect.
  public init(dialect: SQLDialect) { self.dialect = dialect }

  /// Appends SQL text written by Almanac (never text from a config).
  ///
  /// - Parameter sql: The text.
  public mutating func append(_ sql: String) { text += sql }

  /// A text value for the query: a parameter (`$n`) on PostgreSQL, a quoted literal on Spark.
  ///
  /// - Parameter value: The value, which may come from a config or a file.
  /// - Returns: What to write in the query's text where the value belongs.
  public mutating func bind(_ value: String) -> String {
    guard dialect == .postgres else { return dialect.literal(value) }
    parameters.append(value)
    return "$\(parameters.count)"
  }
}
