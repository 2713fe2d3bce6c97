import AlmanacNarrative
import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// Reports at the edges: nothing in them, or more models than a chart can show.
@Suite struct EdgeCaseTests {
  /// A report with no models, findings, terms or money.
  static var emptyReport: ReportModel {
    var report = SampleReport.make()
    report.organization = nil
    report.models = []
    report.governance = []
    report.glossary = []
    report.dataNotes = []
    report.branding = Branding()
    report.summary = PortfolioSummary(
      models: 0, green: 0, amber: 0, red: 0, cost: nil, value: nil, net: nil,
      valueEstimated: false, headline: "No models reported this week.")
    return report
  }

  /// The sample's models repeated under new names until there are `count`.
  static func portfolio(of count: Int) -> ReportModel {
    var report = SampleReport.make()
    let models = report.models
    report.models = (0..<count).map { index in
      var model = models[index % models.count]
      model.name = "model-\(index + 1)"
      return model
    }
    return report
  }

  @Test func emptyReportRendersInEveryFormat() throws {
    let report = Self.emptyReport
    let html = try HTMLRenderer(templates: .builtIn()).render(report)
    let markdown = try MarkdownRenderer(templates: .builtIn()).render(report)
    #expect(html.contains("No models reported this week."))
    #expect(html.contains("The registry shows no gaps."))
    #expect(!html.contains("class=\"card"))
    #expect(!html.contains("tile money"))
    #expect(markdown.contains("The registry shows no gaps."))
    #expect(!markdown.contains("Money this period"))
    let (package, _) = try XLSXReadBackTests.roundTrip(report)
    let summary = try package.sheet(named: "Summary")
    #expect(summary.cells.allSatisfy { $0.row <= summary.headerRow })
    #expect(!package.parts.keys.contains { $0.hasPrefix("xl/charts/") })
  }

  @Test func chartsShowAtMostTwelveModels() throws {
    let (package, _) = try XLSXReadBackTests.roundTrip(Self.portfolio(of: 30))
    let charts = package.parts.filter { $0.key.hasPrefix("xl/charts/chart") }.map(\.value)
    #expect(charts.count <= 24 && charts.count >= 12)
    let trends = try package.sheet(named: "Trends")
    #expect(
      trends.value(row: 0, column: 9) == .text("Charts: the first 12 of 30 models, worst first"))
    #expect(trends.cells.filter { $0.column == 0 && $0.row > 0 }.count == 30 * 8)
  }
}
