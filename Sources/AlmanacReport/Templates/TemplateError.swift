/// Why report templates could not be loaded.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
  /// The override folder does not exist or is not a folder.
  case directoryNotFound(path: String)
  /// A template file could not be read as UTF-8 text.
  case unreadableFile(path: String)
  /// A `.mustache` entry is a pipe, a device or a socket, which are never read.
  case notARegularFile(path: String)
  /// Templates were read but have problems; every problem found is listed.
  case invalidTemplates([TemplateProblem])

  /// The message for the user, with a hint where one helps.
  public var description: String {
    switch self {
    case .directoryNotFound(let path):
      "\(path): error: no templates folder here\n"
        + "  hint: --templates names a folder of .mustache files"
    case .unreadableFile(let path):
      "\(path): error: cannot read this template as UTF-8 text"
    case .notARegularFile(let path):
      "\(path): error: cannot read this template: this is not a regular file"
    case .invalidTemplates(let problems):
      problems.map(\.description).joined(separator: "\n")
    }
  }
}

/// One problem in one template, at a line and column.
public struct TemplateProblem: Sendable, Equatable, CustomStringConvertible {
  /// The template's file, or `built-in <name>` for a template inside the binary.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, counted in characters.
  public var column: Int
  /// What is wrong.
  public var message: String
  /// How to fix it.
  public var hint: String?

  /// Creates a problem.
  public init(file: String, line: Int, column: Int, message: String, hint: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.hint = hint
  }

  /// The problem as `file:line:column: error: message`, with its hint on the next line.
  public var description: String {
    "\(file):\(line):\(column): error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
  }
}
