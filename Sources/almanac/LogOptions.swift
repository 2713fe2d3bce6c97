import ArgumentParser
import Foundation
import Logging

/// How much the run says on stderr.
struct LogOptions: ParsableArguments {
  @Flag(
    name: .shortAndLong,
    help: "Say only warnings and errors (the default when stderr is not a terminal).")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Also say each stage as a line, with its duration.")
  var verbose = false

  /// The logger for the run: stages show as one progress line on a terminal, and not at all for
  /// cron unless `--verbose`.
  func logger() -> Logger {
    let isTerminal = isatty(STDERR_FILENO) == 1
    let level: Logger.Level = verbose ? .debug : (quiet || !isTerminal ? .warning : .info)
    var logger = Logger(label: "almanac") { _ in
      StandardErrorLogHandler(showsProgress: isTerminal && !verbose)
    }
    logger.logLevel = level
    return logger
  }
}

/// Writes log records to stderr as `level: message`, or info records as a progress line that the
/// next one overwrites, when stderr is a terminal.
struct StandardErrorLogHandler: LogHandler {
  /// Whether info records are a transient progress line.
  let showsProgress: Bool
  var logLevel: Logger.Level = .info
  var metadata: Logger.Metadata = [:]

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    let text: String
    if showsProgress && event.level == .info {
      text = Console.clearLine + "\(event.message)…"
    } else {
      text = (showsProgress ? Console.clearLine : "") + "\(event.level): \(event.message)\n"
    }
    FileHandle.standardError.write(Data(text.utf8))
  }
}
