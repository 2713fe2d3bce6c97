import AlmanacNarrative
import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// Writes the sample workbook and reads its XML back: the stored figures must be the model's.
@Suite struct XLSXReadBackTests {
  /// Writes a report into a fresh folder and reads the workbook back.
  static func roundTrip(_ report: ReportModel) throws -> (XLSXPackage, TemporaryFolder) {
    let folder = try TemporaryFolder()
    let path = folder.file(ReportFileNames.xlsxName(for: report.period))
    try XLSXRenderer().write(report, to: path)
    return (try XLSXPackage(path: path), folder)
  }

  /// The number stored in a cell, or `nil` for a blank or missing cell.
  static func number(_ sheet: XLSXSheet, row: Int, column: Int) throws -> Double? {
    switch sheet.value(row: row, column: column) {
    case .number(let text)?: return try #require(Double(text), "cell holds \(text)")
    case .blank?, nil: return nil
    case let other?:
      Issue.record("expected a number at row \(row), column \(column), found \(other)")
      return nil
    }
  }

  /// libxlsxwriter prints doubles with 16 significant digits (`%.16G`), so a stored figure reads
  /// back within half a unit in the 16th digit: a relative 1e-15 covers it.
  static func expectSame(_ stored: Double?, _ figure: Double?, _ what: String) {
    switch (stored, figure) {
    case (nil, nil): return
    case (let stored?, let figure?):
      let scale = max(abs(figure), 1e-300)
      #expect(abs(stored - figure) / scale <= 1e-15, "\(what): stored \(stored), model \(figure)")
    default:
      Issue.record(
        "\(what): stored \(String(describing: stored)), model \(String(describing: figure))")
    }
  }

  @Test func summaryHoldsEveryFigureOfTheModel() throws {
    let report = SampleReport.make()
    let (package, _) = try Self.roundTrip(report)
    let sheet = try package.sheet(named: "Summary")
    let columns = Dictionary(uniqueKeysWithValues: sheet.headers.enumerated().map { ($1, $0) })
    func column(_ title: String) throws -> Int {
      try #require(columns[title], "no column \(title)")
    }
    #expect(sheet.cells.filter { $0.row > sheet.headerRow + report.models.count }.isEmpty)
    for (index, model) in report.models.enumerated() {
      let row = sheet.headerRow + index + 1
      let quality = model.quality
      // A change of a share is stored in points, as the page writes it.
      let points = quality?.metric == "mae" ? 1.0 : 100
      let figures: [(String, Double?)] = [
        ("Quality", quality?.value), ("Change", quality?.change.map { $0 * points }),
        ("Drift share", model.drift.share), ("Predictions", Double(model.volume.predictions)),
        ("Cost", model.economics?.cost), ("Value", model.economics?.value),
        ("Net value", model.economics?.net), ("ROI", model.economics?.roi),
      ]
      for (title, figure) in figures {
        let stored = try Self.number(sheet, row: row, column: column(title))
        Self.expectSame(stored, figure, "\(model.name) \(title)")
      }
      let texts: [(String, String)] =
        [
          ("Model", model.name), ("Status", "\(model.status.symbol) \(model.status.label)"),
          ("Headline", model.headline),
        ] + (model.owner.map { [("Owner", $0)] } ?? [])
        + (quality.map { [("Quality measure", $0.metric == "mae" ? "MAE" : "Accuracy")] } ?? [])
      for (title, text) in texts {
        #expect(
          sheet.value(row: row, column: try column(title)) == .text(text), "\(model.name) \(title)")
        #expect(package.sharedStrings.contains(text))
      }
    }
  }

  @Test func summaryOpensWithTheExecutiveSummary() throws {
    let report = SampleReport.make()
    let (package, _) = try Self.roundTrip(report)
    let sheet = try package.sheet(named: "Summary")
    #expect(
      sheet.value(row: 0, column: 0)
        == .text("Weekly model health: 2026-W47, 2026-11-16 to 2026-11-22"))
    #expect(sheet.value(row: 1, column: 0) == .text(report.summary.headline))
    let figures: [(String, Double?)] = [
      ("✗ Act now", Double(report.summary.red)), ("! Watch", Double(report.summary.amber)),
      ("✓ OK", Double(report.summary.green)), ("Cost", report.summary.cost),
      (report.summary.valueEstimated ? "Value (partly estimated)" : "Value", report.summary.value),
      ("Net value", report.summary.net),
    ]
    for (offset, (label, figure)) in figures.enumerated() {
      #expect(sheet.value(row: 2 + offset, column: 0) == .text(label))
      Self.expectSame(try Self.number(sheet, row: 2 + offset, column: 1), figure, label)
    }
    // The table starts after a blank row, and the headline spans it.
    #expect(sheet.headerRow == 2 + figures.count + 1)
    #expect(sheet.xml.descendants(named: "mergeCell").count == 2)
  }

  @Test func workbookHasEverySheetWithFrozenFilteredHeaders() throws {
    let (package, _) = try Self.roundTrip(SampleReport.make())
    #expect(
      package.sheetNames == [
        "Summary", "Findings", "Trends", "Metrics", "Drift", "Economics", "Governance", "Notes",
        "Glossary",
      ])
    for name in package.sheetNames {
      let sheet = try package.sheet(named: name)
      let pane = try #require(sheet.xml.descendants(named: "pane").first, "\(name) has no pane")
      #expect(pane.attributes["state"] == "frozen")
      #expect(pane.attributes["ySplit"] == "\(sheet.headerRow + 1)")
      #expect(sheet.xml.descendants(named: "autoFilter").count == 1, "\(name) has no filter")
      #expect(!sheet.xml.descendants(named: "col").isEmpty, "\(name) has no widths")
      #expect(sheet.xml.descendants(named: "f").isEmpty, "\(name) holds a formula")
    }
    let summary = try package.sheet(named: "Summary")
    let rules = summary.xml.descendants(named: "cfRule")
    #expect(rules.count == Status.allCases.count)
    #expect(Set(rules.compactMap { $0.attributes["text"] }) == Set(Status.allCases.map(\.label)))
  }

  @Test func trendsSheetCarriesAChartPerModelAndMeasure() throws {
    let report = SampleReport.make()
    let (package, _) = try Self.roundTrip(report)
    let charts = package.parts.filter { $0.key.hasPrefix("xl/charts/chart") }.map(\.value)
    // Each model with a trend: its quality measure, and its net value when it has economics.
    let expected = report.models.filter { !$0.trend.isEmpty }.map { model in
      let measured = model.trend.contains {
        (model.task == "regression" ? $0.mae : $0.accuracy) != nil
      }
      return (measured ? 1 : 0) + (model.trend.contains { $0.net != nil } ? 1 : 0)
    }.reduce(0, +)
    #expect(charts.count == expected)
    for text in charts {
      #expect(text.contains("<c:lineChart>"))
      #expect(text.components(separatedBy: "<c:ser>").count - 1 == 1)
      #expect(text.contains("Trends!$A$"), "titles and series are named from the Model cells")
    }
    // Estimated periods are dashed, and the axis says so.
    let estimated = report.models.contains { $0.trend.contains(where: \.estimated) }
    #expect(estimated)
    #expect(charts.contains { $0.contains("<c:dPt>") && $0.contains("prstDash val=\"dash\"") })
    #expect(charts.contains { $0.contains("dashed and hollow: estimated") })
    #expect(charts.contains { $0.contains("<a:t>MAE</a:t>") })
  }

  @Test func documentPropertiesNameTheReport() throws {
    let report = SampleReport.make()
    let (package, _) = try Self.roundTrip(report)
    let properties = try package.documentProperties()
    #expect(properties["title"] == "\(report.title), \(report.period.label)")
    #expect(properties["subject"] == "Model health from 2026-11-16 to 2026-11-22")
    #expect(properties["Company"] == report.organization)
    #expect(properties["created"] == report.generatedAt)
  }

  @Test func nonFiniteFiguresAreBlankCells() throws {
    var report = SampleReport.make()
    report.models[0].economics?.roi = .nan
    report.models[0].economics?.net = .infinity
    report.models[0].drift.share = -.infinity
    let (package, _) = try Self.roundTrip(report)
    let sheet = try package.sheet(named: "Summary")
    for title in ["ROI", "Net value", "Drift share"] {
      let column = try #require(sheet.headers.firstIndex(of: title))
      #expect(sheet.value(row: sheet.headerRow + 1, column: column) == .blank, "\(title)")
    }
    for (part, text) in package.parts where part.hasSuffix(".xml") {
      #expect(!text.uppercased().contains(">NAN<"), "\(part)")
      #expect(!text.uppercased().contains(">INF<"), "\(part)")
    }
  }

  @Test func missingFolderIsAWriteError() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("no-such-folder/report.xlsx")
    #expect(
      throws: XLSXError.writeFailed(path: path, reason: "No such file or directory")
    ) {
      try XLSXRenderer().write(SampleReport.make(), to: path)
    }
  }
}
