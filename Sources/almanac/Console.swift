import Foundation

/// Writes to the terminal: results on stdout, messages on stderr.
enum Console {
  /// Moves to the start of the line and erases it (a progress line) on a terminal.
  static let clearLine = "\r\u{1B}[K"

  /// Whether standard error is a terminal.
  static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Writes a line to standard error, in red on a terminal.
  static func error(_ message: String) {
    let text = isTerminal ? clearLine + "\u{1B}[31m\(message)\u{1B}[0m" : message
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Erases a progress line left on the terminal.
  static func endProgress() {
    if isTerminal { FileHandle.standardError.write(Data(clearLine.utf8)) }
  }

  /// Writes a line to standard output.
  static func output(_ line: String) {
    print(line)
  }
}
