internal import Foundation

/// Hands a message to the system's mail transfer agent by piping it to a command.
///
/// The command line runs under `/bin/sh -c`, so it is written as in a shell: `sendmail -t -i`,
/// `/usr/sbin/sendmail -t -f reports@example.com`, `msmtp -t --account=reports`. It comes from the
/// config, which is trusted like any program the user runs; no text from the report ever reaches
/// it, because the message travels on standard input. With `-t` the agent takes the recipients
/// from the message's `To` header.
///
/// The message is first written to a temporary file that is unlinked at once and given to the
/// command as its standard input, so a command that exits without reading cannot stop this
/// process with `SIGPIPE`, and no copy of the message stays on disk. Standard output is discarded;
/// standard error is kept for the error message.
public struct Sendmail: Sendable {
  /// The command line.
  public let command: String
  /// Where the message's unlinked file is made.
  let stagingFolder: String

  /// Creates a sender.
  ///
  /// - Parameter command: A shell command line that reads one message on standard input.
  public init(command: String = "sendmail -t") {
    self.init(command: command, stagingFolder: NSTemporaryDirectory())
  }

  /// Creates a sender that stages messages in a given folder.
  ///
  /// - Parameters:
  ///   - command: A shell command line that reads one message on standard input.
  ///   - stagingFolder: Where the message's unlinked file is made.
  init(command: String, stagingFolder: String) {
    self.command = command
    self.stagingFolder = stagingFolder
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
    process.arguments = ["-c", command]
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
