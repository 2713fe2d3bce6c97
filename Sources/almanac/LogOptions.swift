import AlmanacKit
import ArgumentParser
import Foundation
import Logging

/// How much the run says on stderr, and where its log goes.
struct LogOptions: ParsableArguments {
  @Flag(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Say only warnings and errors, and do not list the files written.",
      discussion: "Under cron, a run that needs no one then prints nothing, so cron mails nothing.")
  )
  var quiet = false

  @Flag(name: .shortAndLong, help: "Also say each stage as a line, with its duration.")
  var verbose = false

  @Option(
    help: ArgumentHelp(
      "Append the run's log to this file, creating it and its folder.",
      discussion:
        "Each line starts with the time in UTC: the stages, the period with its status counts,"
        + " what was sent to whom, and the reason for a non-zero exit."))
  var logFile: String?

  /// The run's log: stages show as one progress line on a terminal, and not at all for cron
  /// unless `--verbose`; the log file, when given, receives every stage and the run's summary.
  ///
  /// - Throws: `RunFailure` when the log file cannot be opened.
  func log() throws(RunFailure) -> RunLog {
    let isTerminal = isatty(STDERR_FILENO) == 1
    var stderr = StandardErrorLogHandler(showsProgress: isTerminal && !verbose, stamps: !isTerminal)
    stderr.logLevel = verbose ? .debug : (quiet || !isTerminal ? .warning : .info)
    let file = try logFile.map { path throws(RunFailure) in try LogFile(path: path) }
    var handlers: [any LogHandler] = [stderr]
    if let file {
      var handler = FileLogHandler(file: file)
      handler.logLevel = verbose ? .debug : .info
      handlers.append(handler)
    }
    let logger = Logger(label: "almanac") { _ in MultiplexLogHandler(handlers) }
    return RunLog(logger: logger, file: file)
  }
}

/// The logger of a run, and its log file when there is one.
struct RunLog {
  let logger: Logger
  let file: LogFile?

  /// Writes why the run ends with a non-zero exit to the log file (stderr already says it in
  /// full).
  ///
  /// - Parameters:
  ///   - code: The exit code.
  ///   - reason: The message; only its first line is kept.
  func exit(_ code: Int32, _ reason: String) {
    let line = reason.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? reason
    file?.write(level: code == 1 ? .error : .warning, "exit \(code): \(line)")
  }
}

/// An appended log file.
///
/// Lines are written whole with one `write` each (`O_APPEND`), so runs
/// sharing a log never interleave within a line.
final class LogFile: Sendable {
  let descriptor: Int32

  /// Opens the file for appending, creating it and its folder.
  ///
  /// - Throws: `RunFailure` naming the file and the system's reason.
  init(path: String) throws(RunFailure) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw RunFailure(
        "\(path): error: cannot create the log file's folder: \(Runner.reason(error))")
    }
    descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw RunFailure(
        "\(path): error: cannot open the log file: \(String(cString: strerror(errno)))")
    }
  }

  deinit { close(descriptor) }

  /// Appends one line: the time in UTC, the level and the message.
  func write(level: Logger.Level, _ message: String) {
    let line = Array("\(RunClock.system.timestamp) \(level): \(message)\n".utf8)
    _ = line.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
  }
}

/// Writes log records to a `LogFile`.
struct FileLogHandler: LogHandler {
  let file: LogFile
  var logLevel: Logger.Level = .info
  var metadata: Logger.Metadata = [:]

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    file.write(level: event.level, "\(event.message)")
  }
}

/// Writes log records to stderr as `level: message` (after the time in UTC when stderr is not a
/// terminal), or info records as a progress line that the next one overwrites on a terminal.
struct StandardErrorLogHandler: LogHandler {
  /// Whether info records are a transient progress line.
  let showsProgress: Bool
  /// Whether lines start with the time, as in a log file.
  let stamps: Bool
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
      let stamp = stamps ? "\(RunClock.system.timestamp) " : ""
      text = (showsProgress ? Console.clearLine : "") + "\(stamp)\(event.level): \(event.message)\n"
    }
    FileHandle.standardError.write(Data(text.utf8))
  }
}
