import AlmanacMetrics
import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// The message reaches the mail command's standard input whole, and a failing command is reported
/// with its own words.
@Suite struct SendmailTests {
  /// A folder holding one executable shell script.
  struct FakeSendmail {
    let folder: TemporaryFolder
    let path: String

    init(_ script: String) throws {
      folder = try TemporaryFolder()
      path = folder.file("fake sendmail")
      try Data("#!/bin/sh\n\(script)\n".utf8).write(to: URL(fileURLWithPath: path))
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    /// A command line running the script with arguments; the path has a space, so it is quoted.
    func command(_ arguments: String) -> String { "'\(path)' \(arguments)" }

    func contents(_ name: String) throws -> [UInt8] {
      try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder.file(name))))
    }
  }

  @Test func theMessageArrivesWholeOnStandardInput() throws {
    let fake = try FakeSendmail(
      #"cat > "$(dirname "$0")/received.eml"; echo "$@" > "$(dirname "$0")/arguments""#)
    let message = try EmailFixture.message()
    try Sendmail(command: fake.command("-t -i")).send(message.bytes)
    #expect(try fake.contents("received.eml") == message.bytes)
    #expect(try fake.contents("arguments") == Array("-t -i\n".utf8))
  }

  @Test func aLargeMessageIsNotCutShort() throws {
    let fake = try FakeSendmail(#"cat > "$(dirname "$0")/received.eml""#)
    // Far more than a pipe holds (64 KiB on Linux), in bytes of every value.
    var random = SplitMix64(seed: 75)
    let message = (0..<500_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    try Sendmail(command: fake.command("-t")).send(message)
    #expect(try fake.contents("received.eml") == message)
  }

  @Test func aCommandThatReadsNothingStillSucceeds() throws {
    try Sendmail(command: "exit 0").send(Array(repeating: 0x41, count: 1_000_000))
  }

  @Test func aFailureCarriesTheCommandsOwnMessage() throws {
    let fake = try FakeSendmail(
      "echo 'sendmail: cannot connect to mail.example.com: Connection refused' >&2\nexit 75")
    let command = fake.command("-t")
    #expect(
      throws: EmailError.sendmailFailed(
        command: command, status: 75,
        message: "sendmail: cannot connect to mail.example.com: Connection refused")
    ) {
      try Sendmail(command: command).send(Array("Subject: x\r\n\r\nbody\r\n".utf8))
    }
    let error = EmailError.sendmailFailed(
      command: "sendmail -t", status: 75, message: "sendmail: cannot connect")
    #expect(
      error.description
        == "error: the mail command \"sendmail -t\" failed with exit status 75: "
        + "sendmail: cannot connect")
    #expect(
      EmailError.sendmailFailed(command: "msmtp -t", status: 1, message: "first\nsecond")
        .description
        == "error: the mail command \"msmtp -t\" failed with exit status 1: first\n  second")
  }

  @Test func aMissingCommandIsReportedByTheShell() throws {
    let command = "/nonexistent/almanac-sendmail -t"
    do {
      try Sendmail(command: command).send([0x41])
      Issue.record("a missing command succeeded")
    } catch {
      guard case .sendmailFailed(let failed, let status, let message) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(failed == command)
      #expect(status == 127)
      #expect(message.contains("/nonexistent/almanac-sendmail"))
    }
  }

  @Test func aCommandStoppedByASignalSaysSo() throws {
    let killed = try FakeSendmail("echo 'stopping' >&2\nkill -KILL $$")
    let command = killed.command("-t")
    do {
      try Sendmail(command: command).send([0x41])
      Issue.record("a killed command succeeded")
    } catch {
      guard case .sendmailFailed(let failed, let status, let message) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      // The shell adds its own note (dash: "Killed") after the command's words.
      #expect(failed == command && status == 137 && message.hasPrefix("stopping"))
    }
    #expect(
      EmailError.sendmailFailed(command: "sendmail -t", status: 137, message: "").description
        == "error: the mail command \"sendmail -t\" failed with exit status 137 "
        + "(the shell's code for signal 9) and wrote no message")
  }

  @Test func aShellStoppedByASignalSaysSo() throws {
    let killer = try FakeSendmail("echo 'stopping the shell' >&2\nkill -KILL $PPID")
    let command = killer.command("-t")
    #expect(
      throws: EmailError.sendmailKilled(command: command, signal: 9, message: "stopping the shell")
    ) {
      try Sendmail(command: command).send([0x41])
    }
    #expect(
      EmailError.sendmailKilled(command: "sendmail -t", signal: 9, message: "").description
        == "error: the mail command \"sendmail -t\" was stopped by signal 9 and wrote no message")
  }

  @Test func aMessageThatCannotBeStagedIsNotSent() throws {
    let folder = try TemporaryFolder()
    let missing = folder.file("absent")
    #expect(
      throws: EmailError.sendmailDidNotStart(
        command: "sendmail -t",
        reason: "cannot stage the message in \(missing): No such file or directory")
    ) {
      try Sendmail(command: "sendmail -t", sender: "", stagingFolder: missing).send([0x41])
    }
    #expect(
      EmailError.sendmailDidNotStart(command: "sendmail -t", reason: "no shell").description
        == "error: cannot run the mail command \"sendmail -t\": no shell")
  }

  @Test func theDefaultCommandReadsRecipientsFromTheMessageAndSetsTheEnvelopeSender() {
    #expect(Sendmail().command == #"sendmail -t -i -f "$1""#)
  }

  @Test func theSenderIsTheFirstArgumentNeverPartOfTheLine() throws {
    let folder = try TemporaryFolder()
    // An address may hold characters a shell would act on; as `$1` it stays one word.
    let sender = "o'brien$HOME&x@example.com"
    try Sendmail(command: #"printf %s "$1" > "# + folder.file("sender"), sender: sender).send([0x41]
    )
    #expect(try String(contentsOfFile: folder.file("sender"), encoding: .utf8) == sender)
  }

  @Test func theMailAgentsFoldersAreSearchedAfterPATH() throws {
    #expect(Sendmail.searchPath("/usr/bin:/bin") == "/usr/bin:/bin:/usr/sbin:/usr/lib:/sbin")
    #expect(Sendmail.searchPath("/usr/sbin:/bin") == "/usr/sbin:/bin:/usr/lib:/sbin")
    #expect(Sendmail.searchPath(nil) == "/usr/bin:/bin:/usr/sbin:/usr/lib:/sbin")
    let folder = try TemporaryFolder()
    let program = folder.file("mailer")
    try "#!/bin/sh\ncat >/dev/null\n".write(toFile: program, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program)
    #expect(Sendmail(command: "mailer -t").program(in: ["PATH": folder.path]) == program)
    #expect(Sendmail(command: "\(program) -t").program(in: ["PATH": ""]) == program)
    #expect(Sendmail(command: "mailer -t").program(in: ["PATH": "/nonexistent"]) == nil)
    // The command runs with those folders on its PATH.
    try Sendmail(command: #"printf %s "$PATH" > "# + folder.file("path")).send([0x41])
    let path = try String(contentsOfFile: folder.file("path"), encoding: .utf8)
    #expect(path.hasSuffix("/usr/sbin:/usr/lib:/sbin") || path.contains("/usr/sbin"))
  }
}
