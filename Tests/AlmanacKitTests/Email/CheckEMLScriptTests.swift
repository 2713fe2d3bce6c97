import AlmanacKit
import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// Python's own MIME parser reads the messages back: headers with their display names, both
/// bodies and the two attachments, byte for byte against the workbook and the page on disk.
@Suite(
  .enabled(
    if: PythonChecker.python != nil, "python3 is not on PATH; the independent check is skipped"))
struct CheckEMLScriptTests {
  /// A report to mail, with what the subject must decode to.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var report: ReportModel
    var workbookName: String
    var subject: String
    var testDescription: String { name }
  }

  /// Recipients as a config gives them, and the names and addresses a reader must see.
  static let recipients = [
    "CEO <ceo@example.com>", #""Silva, Ana (CFO)" <cfo@example.com>"#,
    "José Núñez — Risikoüberwachung Ärztekammer Zürich <risk.office@mail.example.org>",
    "Bcc: evil@example.com <audit@example.com>", "plain@example.com",
  ]
  static let names = [
    "CEO", "Silva, Ana (CFO)", "José Núñez — Risikoüberwachung Ärztekammer Zürich",
    "Bcc: evil@example.com", "",
  ]
  static let addresses = [
    "ceo@example.com", "cfo@example.com", "risk.office@mail.example.org", "audit@example.com",
    "plain@example.com",
  ]

  static var cases: [Case] {
    let sample = SampleReport.make()
    var hostile = sample
    let injection = "\r\nBcc: evil@example.com"
    hostile.title = "Weekly" + injection
    hostile.organization = "Northwind" + injection
    hostile.models[0].name = "fraud" + injection
    hostile.models[0].headline = "Lost" + injection
    hostile.summary.headline = "Fraud\(injection)\nTo: x@example.com fell. Then more."
    var international = sample
    international.models[0].name = "prévision-des-fraudes-" + String(repeating: "très-", count: 12)
    international.title = "Santé des modèles — Übersicht"
    international.summary.headline =
      "Les quatre modèles ont fait 1,2 million de prédictions cette semaine, dont 🚨 une qui "
      + String(repeating: "exige une action immédiate ", count: 6) + "=?utf-8?q?x?= ici. Suite."
    international.models[1].headline =
      "From here on\n.\n=3D trailing \t \nÅngström " + String(repeating: "é", count: 120)
    return [
      Case(
        name: "sample", report: sample, workbookName: "almanac-2026-W47.xlsx",
        subject: "Act now: fraud-screening is red, 2026-W47"),
      Case(
        name: "header injection", report: hostile, workbookName: "almanac-2026-W47.xlsx",
        subject: "Act now: fraud Bcc: evil@example.com is red, 2026-W47"),
      Case(
        name: "non-ASCII and long", report: international,
        workbookName: "prévisions du trimestre " + String(repeating: "très ", count: 12) + ".xlsx",
        subject: "Act now: "
          + String(international.models[0].name.prefix(41)) + "... is red, 2026-W47"),
    ]
  }

  @Test(arguments: cases)
  func pythonFindsTheHeadersBodiesAndWorkbook(_ mail: Case) throws {
    let folder = try TemporaryFolder()
    let workbookPath = folder.file("workbook.xlsx")
    try XLSXRenderer().write(mail.report, to: workbookPath)
    let workbook = try [UInt8](Data(contentsOf: URL(fileURLWithPath: workbookPath)))
    let pagePath = folder.file(ReportFileNames.html)
    let page = try HTMLRenderer(templates: .builtIn()).render(mail.report)
    try Data(page.utf8).write(to: URL(fileURLWithPath: pagePath))
    let link = "https://reports.example.com/almanac/2026-W47/report.html?a=1&b=2"
    let message = try EmailFixture.message(
      report: mail.report, workbook: workbook, workbookName: mail.workbookName,
      page: Array(page.utf8), from: "Almanac Reports <almanac@reports.example.com>",
      to: Self.recipients, link: link)
    let messagePath = folder.file(EmailMessage.fileName)
    try Data(message.bytes).write(to: URL(fileURLWithPath: messagePath))

    let found = try PythonChecker.check(messagePath, files: [workbookPath, pagePath])
    let content = try EmailRenderer(templates: .builtIn()).render(mail.report, link: link)

    #expect(found.defects == [])
    #expect(
      found.headers == [
        "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Auto-Submitted",
        "Content-Type",
      ])
    #expect(found.from == ["almanac@reports.example.com"])
    #expect(found.from_names == ["Almanac Reports"])
    #expect(found.to == Self.addresses)
    #expect(found.to_names == Self.names)
    #expect(found.subject == mail.subject)
    #expect(found.date_timestamp == EmailFixture.date.timeIntervalSince1970)
    #expect(found.message_id == message.messageID)
    #expect(
      found.structure == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html",
        EmailAttachment.workbookType, "text/html",
      ])
    #expect(found.text == content.text)
    #expect(found.html == content.html)
    #expect(found.text?.contains("Full report: \(link)") == true)
    #expect(
      found.html?.contains(
        #"<a href="https://reports.example.com/almanac/2026-W47/report.html?a=1&amp;b=2""#) == true)
    #expect(found.attachments.map(\.filename) == [mail.workbookName, ReportFileNames.html])
    #expect(
      found.attachments.map(\.content_type) == [EmailAttachment.workbookType, "text/html"])
    #expect(found.attachments.map(\.size) == [workbook.count, page.utf8.count])
    #expect(
      found.attachments.map(\.sha256) == [found.files[workbookPath], found.files[pagePath]])
    #expect(found.long_lines == ["Content-Type: \(EmailAttachment.workbookType);"])
    #expect(found.longest_body_line <= 76)
    #expect(found.bare_line_breaks == 0)
  }
}
