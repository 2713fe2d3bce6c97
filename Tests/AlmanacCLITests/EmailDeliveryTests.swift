import AlmanacTestSupport
import Foundation
import Testing

/// `--email` writes `report.eml` beside the reports; `--send` pipes it to the configured command.
@Suite struct EmailDeliveryTests {
  let folder: TemporaryFolder
  let almanac: BuiltCommand

  init() throws {
    folder = try TemporaryFolder()
    almanac = try BuiltCommand("almanac")
  }

  /// The demo's data with an e-mail block whose mail command is a script of the test's.
  func demoConfig(sendmail: String) throws -> String {
    let work = folder.file("work")
    let demo = try almanac.run([
      "demo", "--work", work, "--output", folder.file("demo"), "--format", "json",
    ])
    try #require(demo.status == 0, "\(demo.errors)")
    let config = try String(contentsOfFile: "\(work)/almanac.yml", encoding: .utf8)
      .replacingOccurrences(
        of: "  time_zone: UTC\n",
        with:
          "  time_zone: UTC\n  email: { from: almanac@example.com, sendmail: \"\(sendmail)\" }\n")
    try config.write(toFile: "\(work)/almanac.yml", atomically: true, encoding: .utf8)
    return "\(work)/almanac.yml"
  }

  func script(_ name: String, _ body: String) throws -> String {
    let path = folder.file(name)
    try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    return path
  }

  @Test func sendsTheMessageWrittenBesideTheReports() throws {
    let received = folder.file("received.eml")
    let config = try demoConfig(sendmail: try script("fake-sendmail", "cat > \(received)"))
    let run = try almanac.run([
      "report", "-c", config, "--period", "2026-W47", "--format", "json", "--output",
      folder.file("out"),
      "--email", "cfo@example.com, coo@example.com", "--send",
    ])
    #expect(run.status == 0, "\(run.errors)")
    let period = folder.file("out/2026-W47")
    #expect(run.output.contains("\(period)/report.eml"))
    #expect(run.output.contains("\(period)/almanac-2026-W47.xlsx"))
    let written = try Data(contentsOf: URL(fileURLWithPath: "\(period)/report.eml"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: received)) == written)
    let text = String(decoding: written, as: UTF8.self)
    #expect(text.contains("To: cfo@example.com, coo@example.com\r\n"))
    #expect(text.contains("filename=\"almanac-2026-W47.xlsx\""))
  }

  @Test func aFailingMailCommandExitsOneWithItsOwnMessage() throws {
    let config = try demoConfig(
      sendmail: try script("broken-sendmail", "echo 'no route to mail host' >&2; exit 75"))
    let run = try almanac.run([
      "report", "-c", config, "--period", "2026-W47", "--format", "json", "--output",
      folder.file("out"),
      "--email", "cfo@example.com", "--send",
    ])
    #expect(run.status == 1)
    #expect(run.errors.contains("no route to mail host"))
    #expect(FileManager.default.fileExists(atPath: folder.file("out/2026-W47/report.eml")))
  }

  @Test func recipientsAreCheckedBeforeAnythingRuns() throws {
    let run = try almanac.run(["report", "--email", "cfo@example.com, not an address"])
    #expect(run.status == 2)
    #expect(run.errors.contains("--email: \"not an address\" is not an e-mail address"))
  }
}
