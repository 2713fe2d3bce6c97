import AlmanacNarrative
import AlmanacReport
import AlmanacTestSupport
import Testing

/// HTML and Markdown show the model's figures, each written once by `Wording`.
@Suite struct SameFiguresTests {
  /// Markdown text with backslash escapes removed, as a reader sees it.
  static func unescaped(_ markdown: String) -> String {
    var text = ""
    var escaped = false
    for character in markdown {
      if !escaped, character == "\\" {
        escaped = true
        continue
      }
      escaped = false
      text.append(character)
    }
    return text
  }

  /// The figures of the summary and the portfolio table, as the reports must print them.
  static func figures(of report: ReportModel) -> [String] {
    let currency = report.currency
    var figures = [report.summary.cost, report.summary.value, report.summary.net].compactMap {
      $0.map { Wording.money($0, currency: currency) }
    }
    for model in report.models {
      figures.append(Wording.count(model.volume.predictions))
      figures += [model.drift.share].compactMap { $0.map { Wording.percent($0) } }
      if let accuracy = model.metric("accuracy")
        ?? model.estimated.first(where: { $0.name == "accuracy" })
      {
        figures.append(Wording.percent(accuracy.value, decimals: 1))
      }
      if let money = model.economics {
        figures += [money.cost, money.value, money.net].map {
          Wording.moneyExact($0, currency: currency)
        }
        figures += [money.roi].compactMap { $0.map { Wording.percent($0) } }
      }
      for finding in model.findings {
        figures += [finding.impact].compactMap { $0.map { Wording.money($0, currency: currency) } }
      }
    }
    return figures
  }

  @Test func htmlAndMarkdownPrintEveryHeadlineFigure() throws {
    let report = SampleReport.make()
    let html = try HTMLRenderer(templates: .builtIn()).render(report)
    let markdown = Self.unescaped(try MarkdownRenderer(templates: .builtIn()).render(report))
    let figures = Self.figures(of: report)
    #expect(figures.count > 3 * report.models.count)
    for figure in figures {
      #expect(html.contains(figure), "HTML lacks \(figure)")
      #expect(markdown.contains(figure), "Markdown lacks \(figure)")
    }
  }

  @Test func missingFiguresReadAsADash() throws {
    var report = SampleReport.make()
    report.models[0].economics = nil
    report.models[0].drift.share = nil
    let markdown = try MarkdownRenderer(templates: .builtIn()).render(report)
    let row = try #require(
      markdown.split(separator: "\n").first { $0.hasPrefix("| fraud-screening |") })
    #expect(row.hasSuffix("| -4.1 pts | — | — | — | — | — |"))
  }

  @Test func estimatedValueIsMarkedInEveryFormat() throws {
    var report = SampleReport.make()
    report.summary.valueEstimated = true
    report.models[0].economics?.estimated = true
    let html = try HTMLRenderer(templates: .builtIn()).render(report)
    let markdown = try MarkdownRenderer(templates: .builtIn()).render(report)
    #expect(html.contains("Value, partly estimated"))
    #expect(html.contains("<span class=\"unit\">estimated</span>"))
    #expect(markdown.contains("value \\$74.0k (partly estimated)"))
  }
}
