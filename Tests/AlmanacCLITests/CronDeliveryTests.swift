import AlmanacTestSupport
import Foundation
import Testing

/// The weekly job as cron runs it: a log file that makes its own folder, one line on stderr when
/// `--fail-on` is met, each period e-mailed once, and trial runs that leave the history alone.
@Suite struct CronDeliveryTests {
  let folder: TemporaryFolder
  let almanac: BuiltCommand

  init() throws {
    folder = try TemporaryFolder()
    almanac = try BuiltCommand("almanac")
  }

  /// The demo's data and config, with recipients and a mail command that keeps each message in
  /// `sent/` and the envelope sender (`$1`) in `sender`.
  func demoConfig() throws -> String {
    let work = folder.file("work")
    let demo = try almanac.run([
      "demo", "--work", work, "--output", folder.file("demo"), "--format", "json",
    ])
    try #require(demo.status == 0, "\(demo.errors)")
    try FileManager.default.createDirectory(
      atPath: folder.file("sent"), withIntermediateDirectories: true)
    let mail =
      "cat > \(folder.file("sent"))/$(date +%s%N).eml; printf %s \\\"$1\\\" > \(folder.file("sender"))"
    let config = try String(contentsOfFile: "\(work)/almanac.yml", encoding: .utf8)
      .replacingOccurrences(
        of: "  time_zone: UTC\n",
        with:
          "  time_zone: UTC\n  email: { from: \"Almanac Reports <reports@example.com>\","
          + " to: [\"CEO <ceo@example.com>\"],"
          + " sendmail: \"\(mail)\" }\n")
    try config.write(toFile: "\(work)/almanac.yml", atomically: true, encoding: .utf8)
    return "\(work)/almanac.yml"
  }

  func sent() throws -> Int {
    try FileManager.default.contentsOfDirectory(atPath: folder.file("sent")).count
  }

  func log() throws -> [String] {
    try String(contentsOfFile: folder.file("logs/cron/almanac.log"), encoding: .utf8)
      .split(separator: "\n").map(String.init)
  }

  @Test func aRedWeekIsLoggedSentOnceAndToldOnStderr() throws {
    let config = try demoConfig()
    let arguments = [
      "report", "-c", config, "--period", "2026-W47", "--format", "json", "--output",
      folder.file("out"), "--log-file", folder.file("logs/cron/almanac.log"), "--send",
      "--fail-on", "red",
    ]
    let first = try almanac.run(arguments)
    #expect(first.status == 3, "\(first.errors)")
    // One line on stderr, which cron mails to MAILTO.
    #expect(first.errors == "almanac: 2026-W47: credit-default is red (--fail-on red)\n")
    #expect(try sent() == 1)
    #expect(
      try String(contentsOfFile: folder.file("sender"), encoding: .utf8) == "reports@example.com")
    var lines = try log()
    let stamp = #/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ (info|notice|warning|error): /#
    #expect(lines.allSatisfy { $0.contains(stamp) }, "\(lines)")
    #expect(
      lines.contains {
        $0.hasSuffix(
          "notice: 2026-W47: 2 models: 1 red, 1 green; 4 files in \(folder.file("out"))/2026-W47")
      })
    let sentLine = try #require(
      lines.first { $0.contains("notice: 2026-W47: sent to CEO <ceo@example.com> (Message-ID <") })
    #expect(
      lines.last?.hasSuffix(
        "warning: exit 3: almanac: 2026-W47: credit-default is red (--fail-on red)") == true)

    // A rerun (a retry, or corrected data) does not send the period again, and says when it was.
    let second = try almanac.run(arguments)
    #expect(second.status == 3)
    #expect(try sent() == 1)
    lines = try log()
    let messageID = try #require(sentLine.split(separator: "Message-ID ").last?.dropLast())
    #expect(
      lines.contains {
        $0.contains("notice: 2026-W47: not sending: sent ")
          && $0.contains(
            "to CEO <ceo@example.com> (Message-ID \(messageID)); --resend sends it again")
      })

    // --resend sends it again, under a new Message-ID.
    let third = try almanac.run(arguments + ["--resend"])
    #expect(third.status == 3)
    #expect(try sent() == 2)
  }

  @Test func emailOnRedSendsNothingForAGreenWeek() throws {
    let config = try demoConfig()
    // In 2026-W42 both models are still green.
    let run = try almanac.run([
      "report", "-c", config, "--period", "2026-W42", "--format", "json", "--output",
      folder.file("out"), "--log-file", folder.file("logs/cron/almanac.log"), "--send",
      "--email-on", "red",
    ])
    #expect(run.status == 0, "\(run.errors)")
    #expect(try sent() == 0)
    #expect(
      try log().contains {
        $0.hasSuffix("notice: 2026-W42: not sending: no model is red or worse (--email-on red)")
      })
  }

  @Test func trialRunsLeaveTheHistoryAlone() throws {
    let config = try demoConfig()
    let history = folder.file("work/history.sqlite")
    let before = try Data(contentsOf: URL(fileURLWithPath: history))
    let none = try almanac.run([
      "report", "-c", config, "--period", "2026-W47", "--output", folder.file("trial"),
      "--no-history",
    ])
    #expect(none.status == 0, "\(none.errors)")
    let other = try almanac.run([
      "report", "-c", config, "--period", "2026-W47", "--output", folder.file("trial"),
      "--history", folder.file("trial/trial.sqlite"),
    ])
    #expect(other.status == 0, "\(other.errors)")
    #expect(FileManager.default.fileExists(atPath: folder.file("trial/trial.sqlite")))
    #expect(try Data(contentsOf: URL(fileURLWithPath: history)) == before)
    let listed = try almanac.run(["history", "-c", config])
    #expect(listed.output.components(separatedBy: "2026-W47").count == 2, "\(listed.output)")
    // A trial run sends nothing.
    let send = try almanac.run(["report", "-c", config, "--no-history", "--send"])
    #expect(send.status == 2)
    #expect(send.errors.contains("a --no-history run sends nothing"))
  }

  @Test func aMissingMailCommandStopsTheRunBeforeItStarts() throws {
    var config = try String(contentsOfFile: try demoConfig(), encoding: .utf8)
    config = config.replacing(#/sendmail: ".*" }/#, with: "sendmail: \"no-such-mailer -t\" }")
    try config.write(toFile: folder.file("work/almanac.yml"), atomically: true, encoding: .utf8)
    let expected =
      "report.email.sendmail: cannot find the program \"no-such-mailer\" in PATH, /usr/sbin,"
      + " /usr/lib, /sbin"
    let validate = try almanac.run(["validate", "-c", folder.file("work/almanac.yml")])
    #expect(validate.status == 1)
    #expect(validate.errors.contains(expected), "\(validate.errors)")
    let run = try almanac.run([
      "report", "-c", folder.file("work/almanac.yml"), "--period", "2026-W47", "--output",
      folder.file("out"), "--send",
    ])
    #expect(run.status == 1)
    #expect(run.errors.contains(expected))
    #expect(!FileManager.default.fileExists(atPath: folder.file("out/2026-W47")))
  }

  @Test func validateSaysWhoTheEmailGoesToAndHow() throws {
    var config = try String(contentsOfFile: try demoConfig(), encoding: .utf8)
    config = config.replacing(#/sendmail: ".*" }/#, with: "sendmail: \"cat -u\" }")
      .replacingOccurrences(
        of: "  time_zone: UTC\n",
        with: "  time_zone: UTC\n  link: \"https://reports.example.com/{period}/report.html\"\n")
    try config.write(toFile: folder.file("work/almanac.yml"), atomically: true, encoding: .utf8)
    let validate = try almanac.run(["validate", "-c", folder.file("work/almanac.yml")])
    #expect(validate.status == 0, "\(validate.errors)")
    let lines = validate.output.split(separator: "\n").map(String.init)
    #expect(
      lines.contains("e-mail: from Almanac Reports <reports@example.com> to CEO <ceo@example.com>"))
    #expect(
      lines.contains {
        $0.hasPrefix("e-mail: sent with \"cat -u\", found at /") && $0.hasSuffix("/cat")
      })
    #expect(
      lines.contains(
        "e-mail: report.email.sendmail does not use $1, so the envelope sender is the mail server's"
          + " default rather than reports@example.com; add -f \"$1\" to match From"))
    #expect(lines.contains("e-mail: links to https://reports.example.com/<period>/report.html"))
  }
}
