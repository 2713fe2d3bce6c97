import AlmanacKit
import AlmanacNarrative
import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// The tools that print a page and read its words back.
enum Printer {
  static let chromium = BuiltCommand(onPath: "chromium")
  static let pdftotext = BuiltCommand(onPath: "pdftotext")
}

/// The HTML body as a reader who blocks styles sees it: Python takes the body out of the message
/// and strips every style (`check_eml.py --unstyled-html`), Chromium prints it, and the printed
/// words must still say each status in words, each owner and next step, and keep every figure
/// apart from its label.
@Suite(
  .enabled(
    if: Printer.chromium != nil && Printer.pdftotext != nil && PythonChecker.python != nil,
    "chromium, pdftotext (poppler-utils) or python3 is missing; the rendering check is skipped"))
struct UnstyledEmailTests {

  /// The words Chromium prints for the message's HTML body without styles, runs of white space as
  /// one space.
  static func printedWords(of message: EmailMessage) throws -> String {
    let folder = try TemporaryFolder()
    let eml = folder.file(EmailMessage.fileName)
    try Data(message.bytes).write(to: URL(fileURLWithPath: eml))
    let html = folder.file("unstyled.html")
    _ = try PythonChecker.check(eml, files: [], arguments: ["--unstyled-html", html])
    let body = try String(contentsOfFile: html, encoding: .utf8)
    #expect(!body.contains("style") && !body.contains("bgcolor"))
    let pdf = folder.file("unstyled.pdf")
    let printed = try #require(Printer.chromium).run([
      "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      "--user-data-dir=\(folder.file("profile"))", "--print-to-pdf=\(pdf)", "file://\(html)",
    ])
    try #require(FileManager.default.fileExists(atPath: pdf), "\(printed.errors)")
    let text = try #require(Printer.pdftotext).run([pdf, "-"])
    try #require(text.status == 0, "\(text.errors)")
    return text.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test func theBodyReadsWithStylesBlocked() throws {
    let report = SampleReport.make()
    let link = "https://reports.example.com/almanac/2026-W47/"
    let words = try Self.printedWords(of: try EmailFixture.message(report: report, link: link))
    for model in report.models {
      #expect(words.contains("\(model.name) \(model.status.symbol) \(model.status.label)"))
      #expect(words.contains("Owner: \(model.owner ?? "none on record")"))
      let nextStep = model.findings.first?.action ?? "Nothing beyond the usual checks."
      #expect(words.contains("Next step: \(nextStep)"))
    }
    let money = { (amount: Double?) in
      Wording.money(amount ?? .nan, currency: report.currency)
    }
    for (label, amount) in [
      ("Cost", report.summary.cost), ("Value", report.summary.value),
      ("Net value", report.summary.net),
    ] {
      #expect(words.contains("\(label) \(money(amount))"), "\(label)")
    }
    for (status, count) in [
      (Status.red, report.summary.red), (.amber, report.summary.amber),
      (.green, report.summary.green),
    ] {
      #expect(words.contains("\(status.symbol) \(status.label) \(count)"), "\(status)")
    }
    #expect(words.contains("Full report: \(link)"))
  }
}
