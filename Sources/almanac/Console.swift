import Foundation

/// Writes to the terminal: results on stdout, messages on stderr.
enum Console {
  /// Writes a line to standard error, in red on a terminal.
  static func error(_ message: String) {
    let text = isatty(STDERR_FILENO) == 1 ? "\u{1B}[31m\(message)\u{1B}[0m" : message
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Writes a line to standard output.
  static func output(_ line: String) {
    print(line)
  }
}
