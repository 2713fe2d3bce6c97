internal import Foundation

/// Hands a message to the system's mail transfer agent by piping it to a command.
///
/// The command line runs under `/bin/sh -c`, so it is written as in a shell: `sendmail -t -i`,
/// `msmtp -t --account=reports`. It comes from the config, which is trusted like any program the
/// user runs; no text from the report ever reaches it, because the message travels on standard
/// input. The sender's address is the shell's `$1`, so the default command,
/// `sendmail -t -i -f "$1"`, sets the envelope sender to `from` without quoting it into the line.
/// With `-t` the agent takes the recipients from the message's `To` header.
///
/// Mail transfer agents install `sendmail` in `/usr/sbin` (and `/usr/lib` on older systems),
/// which cron's `PATH` (`/usr/bin:/bin`) leaves out; the command runs with those folders added at
/// the end of `PATH`.
///
/// The message is first written to a temporary file that is unlinked at once and given to the
/// command as its standard input, so a command that exits without reading cannot stop this
/// process with `SIGPIPE`, and no copy of the message stays on disk. Standard output is discarded;
/// standard error is kept for the error message.
public struct Sendmail: Sendable {
  /// The command used when the config names none.
  public static let defaultCommand = #"sendmail -t -i -f "$1""#

  /// Folders where mail transfer agents put `sendmail`, searched after `PATH`.
  static let systemFolders = ["/usr/sbin", "/usr/lib", "/sbin"]

  /// The command line.
  public let command: String
  /// The envelope sender, given to the command as `$1`.
  public let sender: String
  /// Where the message's unlinked file is made.
  let stagingFolder: String

  /// Creates a sender.
  ///
  /// - Parameters:
  ///   - command: A shell command line that reads one message on standard input.
  ///   - sender: The envelope sender's address, `$1` in the command.
  public init(command: String = defaultCommand, sender: String = "") {
    self.init(command: command, sender: sender, stagingFolder: NSTemporaryDirectory())
  }

  /// Creates a sender that stages messages in a given folder.
  ///
  /// - Parameters:
  ///   - command: A shell command line that reads one message on standard input.
  ///   - sender: The envelope sender's address, `$1` in the command.
  ///   - stagingFolder: Where the message's unlinked file is made.
  init(command: String, sender: String, stagingFolder: String) {
    self.command = command
    self.sender = sender
    self.stagingFolder = stagingFolder
  }

  /// `PATH` with the mail transfer agents' folders added at the end.
  static func searchPath(_ path: String?) -> String {
    let folders = (path ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    return (folders + systemFolders.filter { !folders.contains($0) }).joined(separator: ":")
  }

  /// Where the command's program is, or `nil` when it cannot be found.
  ///
  /// The program is the command's first word; a word with a `/` is a path. Used by
  /// `almanac validate` and before a run that sends, so a missing mail agent shows before any
  /// work is done.
  ///
  /// - Parameter environment: The environment whose `PATH` is searched; the process's own when
  ///   `nil`.
  /// - Returns: The program's path, or `nil` when no executable file matches.
  public func program(in environment: [String: String]? = nil) -> String? {
    let environment = environment ?? ProcessInfo.processInfo.environment
    guard let word = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).first else {
      return nil
    }
    let name = String(word)
    let candidates =
      name.contains("/")
      ? [name] : Self.searchPath(environment["PATH"]).split(separator: ":").map { "\($0)/\(name)" }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Sends a message and waits for the command to finish.
  ///
  /// - Parameter message: The message, as `EmailMessage.bytes`.
  /// - Throws: `EmailError.sendmailDidNotStart` when the message cannot be staged or the shell
  ///   cannot be started; `.sendmailFailed` for a non-zero exit status and `.sendmailKilled` for a
  ///   signal, each with the command and what it wrote to standard error.
  public func send(_ message: [UInt8]) throws(EmailError) {
    let input = try stage(message)
    let errors = Pipe()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command, "almanac", sender]
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = Self.searchPath(environment["PATH"])
    process.environment = environment
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw .sendmailDidNotStart(command: command, reason: error.localizedDescription)
    }
    // The parent's copies of the pipe's write end and of the message file must close, or reading
    // stderr to its end would wait forever.
    try? errors.fileHandleForWriting.close()
    try? input.close()
    let said = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: said, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    switch process.terminationReason {
    case .exit where process.terminationStatus == 0:
      return
    case .exit:
      throw .sendmailFailed(command: command, status: process.terminationStatus, message: text)
    case .uncaughtSignal:
      throw .sendmailKilled(command: command, signal: process.terminationStatus, message: text)
    @unknown default:
      throw .sendmailFailed(command: command, status: process.terminationStatus, message: text)
    }
  }

  /// Writes the message into an unlinked temporary file and rewinds it.
  ///
  /// - Parameter message: The message.
  /// - Returns: A handle reading the message from its start; it closes the file when released.
  /// - Throws: `EmailError.sendmailDidNotStart` when the file cannot be made or written.
  private func stage(_ message: [UInt8]) throws(EmailError) -> FileHandle {
    var template = Array(
      (stagingFolder as NSString).appendingPathComponent("almanac-mail-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw notStaged() }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    template.withUnsafeBufferPointer { buffer in
      if let path = buffer.baseAddress { _ = unlink(path) }
    }
    var written = 0
    while written < message.count {
      let count = message[written...].withUnsafeBytes { bytes in
        write(descriptor, bytes.baseAddress, bytes.count)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw notStaged() }
      written += count
    }
    guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw notStaged() }
    return handle
  }

  /// The error for a message that could not be written to its temporary file, with the system's
  /// reason.
  private func notStaged() -> EmailError {
    .sendmailDidNotStart(
      command: command,
      reason: "cannot stage the message in \(stagingFolder): \(String(cString: strerror(errno)))")
  }
}
