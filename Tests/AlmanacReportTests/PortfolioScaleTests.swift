import AlmanacNarrative
import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacReport

/// A report of 1,000 models reads like one of four: the page and the e-mail lead with the models
/// that need attention and roll the rest up by owner, the page stays small, and the workbook keeps
/// every model on its filterable sheets.
@Suite struct PortfolioScaleTests {
  /// 1,000 models: every tenth needs attention (the sample's red and amber models), the others
  /// are the sample's green model under twelve owners, one in seven without an owner.
  static let report: ReportModel = {
    var report = SampleReport.make()
    let patterns = report.models
    let healthy = patterns.first { $0.status == .green } ?? patterns[0]
    let concerns = patterns.filter { $0.status > .green }.sorted { $0.status > $1.status }
    var models: [ModelReport] = []
    for number in 1...1_000 {
      var model = number % 10 == 0 ? concerns[number / 10 % concerns.count] : healthy
      model.name = "model-\(String(repeating: "0", count: 4 - String(number).count))\(number)"
      if model.status == .green { model.owner = number % 7 == 0 ? nil : "team-\(number % 12)" }
      models.append(model)
    }
    report.models =
      models.filter { $0.status == .red } + models.filter { $0.status == .amber }
      + models.filter { $0.status == .green }
    return report
  }()

  static var concerns: [ModelReport] { report.models.filter { $0.status > .green } }

  @Test func thePageLeadsWithTheModelsToActOnAndStaysSmall() throws {
    let html = try HTMLRenderer(templates: .builtIn()).render(Self.report)
    var onlyConcerns = Self.report
    onlyConcerns.models = Self.concerns
    let base = try HTMLRenderer(templates: .builtIn()).render(onlyConcerns)
    let healthy = Self.report.models.count - Self.concerns.count
    let perHealthyModel = Double(html.utf8.count - base.utf8.count) / Double(healthy)
    #expect(perHealthyModel <= 2_048, "\(perHealthyModel) bytes per model working well")

    // The portfolio's table lists the models that need attention, in the report's order, and
    // nothing else; the rest are counted by owner.
    let portfolio = try #require(
      html.firstRange(of: #/<section aria-labelledby="portfolio-title">[\s\S]*?</section>/#))
    let section = String(html[portfolio])
    let rows = section.matches(of: #/<a href="#model-\d+">([^<]+)</a>/#).map { String($0.1) }
    #expect(rows == Self.concerns.map(\.name))
    #expect(section.contains("Working well: 900 models"))
    let counts = section.matches(
      of: #/<tr><th scope="row">[^<]+</th><td class="num">(\d+)</td></tr>/#
    )
    .compactMap { Int($0.1) }
    #expect(counts.reduce(0, +) == 900)
    #expect(counts == counts.sorted(by: >) || section.contains("No owner on record"))
    #expect(section.contains("<tr><th scope=\"row\">No owner on record</th>"))

    // One card per model that needs attention; the others are one collapsed line each.
    #expect(html.components(separatedBy: "<article class=\"card").count - 1 == 100)
    #expect(html.contains("<details class=\"healthy\">"))
    #expect(!html.contains("<details class=\"healthy\" open>"))
  }

  @Test func aSmallReportKeepsEveryCardOpen() throws {
    let html = try HTMLRenderer(templates: .builtIn()).render(SampleReport.make())
    #expect(html.contains("<details class=\"healthy\" open>"))
    #expect(html.components(separatedBy: "<article class=\"card").count - 1 == 4)
  }

  @Test func theEmailNamesOnlyTheModelsToActOn() throws {
    let content = try EmailRenderer(templates: .builtIn()).render(Self.report)
    #expect(content.text.components(separatedBy: "    Next step: ").count - 1 == 100)
    #expect(content.html.components(separatedBy: "<strong>Next step:</strong>").count - 1 == 100)
    #expect(content.text.contains("\nWorking well: 900 models, by owner\n"))
    #expect(content.text.contains("\n  No owner on record: "))
    #expect(content.html.utf8.count < 200_000)
  }

  @Test func theWorkbookKeepsEveryModel() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("portfolio.xlsx")
    try XLSXRenderer().write(Self.report, to: path)
    let sheet = try XLSXPackage(path: path).sheet(named: "Summary")
    let names = sheet.cells.filter { $0.column == 0 && $0.row > sheet.headerRow }
    #expect(names.count == 1_000)
    #expect(!sheet.xml.descendants(named: "autoFilter").isEmpty)
  }
}
