import AlmanacKit
import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// Python's own MIME parser reads the messages back: headers, both bodies and the attachment,
/// byte for byte against the workbook on disk.
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

  static let recipients = ["ceo@example.com", "cfo@example.com", "risk.office@mail.example.org"]

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
    let message = try EmailFixture.message(
      report: mail.report, workbook: workbook, workbookName: mail.workbookName,
      to: Self.recipients)
    let messagePath = folder.file(EmailMessage.fileName)
    try Data(message.bytes).write(to: URL(fileURLWithPath: messagePath))

    let found = try PythonChecker.check(messagePath, files: [workbookPath])
    let content = try EmailRenderer(templates: .builtIn()).render(mail.report)

    #expect(found.defects == [])
    #expect(
      found.headers == [
        "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Auto-Submitted",
        "Content-Type",
      ])
    #expect(found.from == ["almanac@reports.example.com"])
    #expect(found.to == Self.recipients)
    #expect(found.subject == mail.subject)
    #expect(found.date_timestamp == EmailFixture.date.timeIntervalSince1970)
    #expect(found.message_id == message.messageID)
    #expect(
      found.structure == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html",
        EmailMessage.workbookType,
      ])
    #expect(found.text == content.text)
    #expect(found.html == content.html)
    let attachment = try #require(found.attachments.count == 1 ? found.attachments.first : nil)
    #expect(attachment.filename == mail.workbookName)
    #expect(attachment.content_type == EmailMessage.workbookType)
    #expect(attachment.size == workbook.count)
    #expect(attachment.sha256 == found.files[workbookPath])
    #expect(found.long_lines == ["Content-Type: \(EmailMessage.workbookType);"])
    #expect(found.longest_body_line <= 76)
    #expect(found.bare_line_breaks == 0)
  }
}
