/// Why an analogy pack could not be used.
public enum AnalogyPackError: Error, Equatable, CustomStringConvertible {
  /// One or more problems in pack files, each located by file and line.
  case invalid([PackProblem])
  /// The config names a pack that does not exist.
  case unknownPack(name: String, available: [String])
  /// A pack file or folder could not be read.
  case unreadable(path: String, reason: String)

  /// The message for the user: `file:line:column: error: ...` per problem, or the unknown pack with
  /// the packs there are.
  public var description: String { message(config: nil) }

  /// The message, naming the config that asked for the pack when the pack is unknown (the other
  /// errors name the pack's own file).
  ///
  /// - Parameter config: The config file, if known.
  /// - Returns: `file:line:column: error: message` lines, with hints.
  public func message(config: String?) -> String {
    switch self {
    case .invalid(let problems):
      return problems.map(\.description).joined(separator: "\n")
    case .unknownPack(let name, let available):
      return "\(config.map { "\($0): " } ?? "")error: unknown analogy pack \"\(name)\"\n"
        + "  hint: available packs: "
        + available.joined(separator: ", ")
    case .unreadable(let path, let reason):
      return "\(path): error: cannot read the analogy pack: \(reason)"
    }
  }
}

/// One problem in an analogy pack file.
public struct PackProblem: Sendable, Equatable, CustomStringConvertible {
  /// The pack file.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, when known.
  public var column: Int?
  /// What is wrong.
  public var message: String
  /// How to fix it, when there is a useful hint.
  public var hint: String?

  /// Creates a pack problem.
  ///
  /// - Parameters:
  ///   - file: The pack file.
  ///   - line: The 1-based line.
  ///   - column: The 1-based column, when known.
  ///   - message: What is wrong.
  ///   - hint: How to fix it.
  public init(file: String, line: Int, column: Int?, message: String, hint: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.hint = hint
  }

  /// `file:line:column: error: message`, then `  hint: ...` when there is a hint.
  public var description: String {
    "\(file):\(line)\(column.map { ":\($0)" } ?? ""): error: \(message)"
      + (hint.map { "\n  hint: \($0)" } ?? "")
  }
}
