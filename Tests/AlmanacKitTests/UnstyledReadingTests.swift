import AlmanacKit
import AlmanacNarrative
import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// Prints an HTML file as a reader who blocks styles sees it and reads its words back:
/// `scripts/look/unstyled.py` strips every style, Chromium prints the page, `pdftotext` reads it.
enum Printer {
  static let chromium = BuiltCommand(onPath: "chromium")
  static let pdftotext = BuiltCommand(onPath: "pdftotext")
  static let python = BuiltCommand(onPath: "python3")
  static var isAvailable: Bool { chromium != nil && pdftotext != nil && python != nil }

  /// The script that strips styles.
  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../scripts/look/unstyled.py").standardized.path

  /// The words Chromium prints for an HTML file without its styles, runs of white space as one
  /// space.
  ///
  /// - Parameter html: The HTML file.
  /// - Returns: The printed text.
  /// - Throws: When a tool is missing or fails, or a file cannot be written.
  static func unstyledWords(of html: String) throws -> String {
    let folder = try TemporaryFolder()
    let bare = folder.file("unstyled.html")
    let stripped = try #require(python).run([script, html, bare])
    try #require(stripped.status == 0, "\(stripped.errors)")
    let body = try String(contentsOfFile: bare, encoding: .utf8)
    #expect(!body.contains("<style") && !body.contains("style=\"") && !body.contains("bgcolor"))
    let pdf = folder.file("unstyled.pdf")
    let printed = try #require(chromium).run([
      "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      "--user-data-dir=\(folder.file("profile"))", "--print-to-pdf=\(pdf)", "file://\(bare)",
    ])
    try #require(FileManager.default.fileExists(atPath: pdf), "\(printed.errors)")
    let text = try #require(pdftotext).run([pdf, "-"])
    try #require(text.status == 0, "\(text.errors)")
    return text.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

/// The e-mail body and the report page with styles blocked: statuses still read in words, and
/// every figure stands apart from its label.
@Suite(
  .enabled(
    if: Printer.isAvailable,
    "chromium, pdftotext (poppler-utils) or python3 is missing; the rendering check is skipped"))
struct UnstyledReadingTests {
  static let report = SampleReport.make()

  static func money(_ amount: Double?) -> String {
    Wording.money(amount ?? .nan, currency: report.currency)
  }

  @Test func theEmailBodyReadsWithStylesBlocked() throws {
    let folder = try TemporaryFolder()
    let link = "https://reports.example.com/almanac/2026-W47/"
    let message = try EmailFixture.message(report: Self.report, link: link)
    let eml = folder.file(EmailMessage.fileName)
    try Data(message.bytes).write(to: URL(fileURLWithPath: eml))
    let html = folder.file("body.html")
    _ = try PythonChecker.check(eml, files: [], arguments: ["--html", html])
    let words = try Printer.unstyledWords(of: html)
    for model in Self.report.models {
      #expect(words.contains("\(model.name) \(model.status.symbol) \(model.status.label)"))
      #expect(words.contains("Owner: \(model.owner ?? "none on record")"))
      let nextStep = model.findings.first?.action ?? "Nothing beyond the usual checks."
      #expect(words.contains("Next step: \(nextStep)"))
    }
    let summary = Self.report.summary
    for (label, amount) in [
      ("Cost", summary.cost), ("Value", summary.value), ("Net value", summary.net),
    ] {
      #expect(words.contains("\(label) \(Self.money(amount))"), "\(label)")
    }
    for (status, count) in [
      (Status.red, summary.red), (.amber, summary.amber), (.green, summary.green),
    ] {
      #expect(words.contains("\(status.symbol) \(status.label) \(count)"), "\(status)")
    }
    #expect(words.contains("Full report: \(link)"))
  }

  @Test func theReportPageReadsWithStylesBlocked() throws {
    let folder = try TemporaryFolder()
    let page = folder.file(ReportFileNames.html)
    try Data(try HTMLRenderer(templates: .builtIn()).render(Self.report).utf8)
      .write(to: URL(fileURLWithPath: page))
    let words = try Printer.unstyledWords(of: page)
    let summary = Self.report.summary
    for (label, amount) in [("Cost", summary.cost), ("Net value", summary.net)] {
      #expect(words.contains("\(Self.money(amount)) \(label)"), "\(label)")
    }
    // The portfolio's rows: the models that need attention.
    for model in Self.report.models where model.status > .green {
      let quality = try #require(model.quality)
      let shown =
        quality.metric == "accuracy"
        ? Wording.percent(quality.value, decimals: 1) + " Accuracy"
        : Wording.number(quality.value, decimals: 2) + " MAE"
      #expect(words.contains(shown), "\(model.name): \(shown)")
      if let value = model.economics?.value {
        let money = Wording.moneyExact(value, currency: Self.report.currency)
        #expect(words.contains(money + " "), "\(model.name): \(money)")
      }
    }
    // Each chart's change in words.
    #expect(words.contains(/(Up|Down) [0-9.]+ pts, from [0-9.]+% in \S+ to [0-9.]+% in \S+\./))
  }
}
