import AlmanacKit
import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// No text from a report or a config can add a header or a MIME part.
@Suite struct HeaderInjectionTests {
  /// Line breaks of every kind, each followed by a header that must never appear.
  static let injections = [
    "\r\nBcc: evil@example.com", "\nBcc: evil@example.com", "\rBcc: evil@example.com",
    "\u{85}Bcc: evil@example.com", "\u{2028}Bcc: evil@example.com",
    "\u{0}\r\n\r\nBcc: evil@example.com", "\r\n\tBcc: evil@example.com",
    "\r\n--=_almanac_mixed_x\r\nContent-Type: text/html\r\n\r\n<script>",
  ]

  /// The sample report with an injection in every field that reaches the message.
  static func report(with injection: String) -> ReportModel {
    var report = SampleReport.make()
    report.title = "Weekly\(injection)"
    report.organization = "Northwind\(injection)"
    report.summary.headline = "Four\(injection) models. More."
    report.models[0].name = "fraud\(injection)"
    report.models[0].headline = "Lost\(injection)"
    report.branding.footer = "Confidential\(injection)"
    return report
  }

  @Test(arguments: injections)
  func injectedTextAddsNoHeaderOrPart(_ injection: String) throws {
    let text = EmailFixture.text(of: try EmailFixture.message(report: Self.report(with: injection)))
    let headerSection = text.components(separatedBy: "\r\n\r\n")[0]
    let headerLines = headerSection.components(separatedBy: "\r\n")
    for line in headerLines where !line.hasPrefix(" ") {
      #expect(
        [
          "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Auto-Submitted",
          "Content-Type",
        ].contains(line.prefix { $0 != ":" }), "\(line)")
    }
    let subject = EmailFixture.fields(text[...]).first { $0.name == "Subject" }?.value ?? ""
    #expect(!subject.unicodeScalars.contains { $0.properties.generalCategory == .control })
    let lines = text.components(separatedBy: "\r\n")
    #expect(!lines.contains { $0.lowercased().hasPrefix("bcc") })
    #expect(lines.filter { $0.hasPrefix("--=_") }.count == 7)
    #expect(lines.filter { $0.hasPrefix("Content-Type:") }.count == 6)
  }

  @Test(arguments: [
    "ceo@example.com\r\nBcc: evil@example.com", "ceo@example.com,evil@example.com",
    "Ceo\r\nBcc: evil@example.com <ceo@example.com>", "Ceo <ceo@example.com>\r\nBcc: x",
    "\"Ceo\r\nBcc: evil@example.com\" <ceo@example.com>", "Ceo\u{2028}Bcc <ceo@example.com>",
    "ceo@example.com\nevil@example.com", "",
  ])
  func aRecipientCannotCarryAHeader(_ recipient: String) {
    #expect(throws: EmailError.self) { try EmailFixture.message(to: [recipient]) }
  }

  @Test func aNameWithHeaderTextStaysInsideItsAddress() throws {
    let text = EmailFixture.text(
      of: try EmailFixture.message(
        from: "Bcc: evil@example.com x <almanac@reports.example.com>",
        to: [#""To: evil@example.com, <b>" <ceo@example.com>"#]))
    let fields = EmailFixture.fields(text[...])
    #expect(
      fields.first { $0.name == "From" }?.value
        == #""Bcc: evil@example.com x" <almanac@reports.example.com>"#)
    #expect(
      fields.first { $0.name == "To" }?.value == #""To: evil@example.com, <b>" <ceo@example.com>"#)
    #expect(fields.filter { $0.name == "To" }.count == 1)
  }
}
