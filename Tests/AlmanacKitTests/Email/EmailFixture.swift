import AlmanacKit
import AlmanacReport
import AlmanacTestSupport
import Foundation

/// Messages built from the sample report with fixed inputs, and ways to read them back.
enum EmailFixture {
  /// Monday 2026-11-23 06:00:00 UTC.
  static let date = Date(timeIntervalSince1970: 1_795_413_600)
  /// Stand-in workbook bytes: every byte value, so encoding mistakes cannot hide.
  static let workbook = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
  /// The sample period's workbook name.
  static let workbookName = ReportFileNames.xlsxName(for: SampleReport.period)
  /// Stand-in report page: UTF-8 text with long lines and non-ASCII characters.
  static let page = Array(
    ("<!DOCTYPE html>\n<p>Santé des modèles " + String(repeating: "— très long ", count: 20)
      + "</p>\n").utf8)
  /// The seed that fixes the boundaries and Message-ID.
  static let seed: UInt64 = 47

  /// Builds a message; every argument has a fixed default.
  static func message(
    report: ReportModel = SampleReport.make(), workbook: [UInt8] = workbook,
    workbookName: String = workbookName, page: [UInt8] = page,
    from: String = "almanac@reports.example.com",
    to: [String] = ["ceo@example.com", "cfo@example.com"], messageIDDomain: String? = nil,
    link: String? = nil, seed: UInt64 = seed
  ) throws -> EmailMessage {
    try EmailMessage(
      report: report, templates: .builtIn(),
      attachments: [
        EmailAttachment(name: workbookName, type: EmailAttachment.workbookType, bytes: workbook),
        EmailAttachment(name: ReportFileNames.html, type: EmailAttachment.pageType, bytes: page),
      ],
      from: Mailbox(from), to: to.map(Mailbox.init), date: date,
      messageIDDomain: messageIDDomain, link: link, seed: seed)
  }

  /// The message's text, which is ASCII by construction.
  static func text(of message: EmailMessage) -> String {
    String(decoding: message.bytes, as: UTF8.self)
  }

  /// The raw lines of a header section (the message's or a part's), up to its blank line.
  static func headerLines(_ section: Substring) -> [Substring] {
    Array(
      section.split(separator: "\r\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty })
  }

  /// The fields of a header section, unfolded: name and value, in order.
  static func fields(_ section: Substring) -> [(name: String, value: String)] {
    var fields: [(name: String, value: String)] = []
    for line in headerLines(section) {
      if line.hasPrefix(" ") || line.hasPrefix("\t"), let last = fields.popLast() {
        fields.append((last.name, last.value + line))
      } else if let colon = line.firstIndex(of: ":") {
        fields.append(
          (String(line[..<colon]), String(line[line.index(after: colon)...].dropFirst())))
      } else {
        fields.append((String(line), ""))
      }
    }
    return fields
  }
}
