public import Yams

/// Where a YAML file fails to parse and why, in the words every config and pack message uses.
public struct YAMLSyntaxError: Sendable, Equatable {
  /// The 1-based line, when the parser knows it.
  public var line: Int?
  /// The 1-based column, when the parser knows it.
  public var column: Int?
  /// What is wrong, such as `invalid YAML: mapping values are not allowed in this context`.
  public var message: String

  /// Reads the place and the problem out of a Yams error.
  ///
  /// - Parameter error: The parser's error.
  public init(_ error: YamlError) {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      (line, column, message) = (mark.line, mark.column, "invalid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      (line, column) = (context.mark.line, context.mark.column)
      message = "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", "))"
    default:
      (line, column, message) = (nil, nil, "invalid YAML: \(error)")
    }
  }
}
