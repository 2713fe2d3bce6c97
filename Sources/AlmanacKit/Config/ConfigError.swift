/// A problem in a config file, located by file, line and column where the YAML gives them.
public struct ConfigError: Error, Equatable, CustomStringConvertible {
  /// The config file.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// The 1-based column, when known.
  public var column: Int?
  /// What is wrong and what was expected.
  public var message: String
  /// How to fix it, when there is a useful hint.
  public var hint: String?

  /// Creates a config error.
  ///
  /// - Parameters:
  ///   - file: The config file.
  ///   - line: The 1-based line, when known.
  ///   - column: The 1-based column, when known.
  ///   - message: What is wrong and what was expected.
  ///   - hint: How to fix it.
  public init(file: String, line: Int?, column: Int?, message: String, hint: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.hint = hint
  }

  /// `file:line:column: error: message`, then `  hint: ...` when there is a hint.
  public var description: String {
    var location = file
    if let line { location += ":\(line)" }
    if let column { location += ":\(column)" }
    return "\(location): error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
  }
}

/// Every problem found in a config at once, so one run shows them all.
public struct ConfigErrors: Error, Equatable, CustomStringConvertible {
  /// The problems, in the order they appear in the file.
  public var errors: [ConfigError]

  /// Creates a list of config problems.
  ///
  /// - Parameter errors: The problems.
  public init(_ errors: [ConfigError]) { self.errors = errors }

  /// One problem per line.
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
