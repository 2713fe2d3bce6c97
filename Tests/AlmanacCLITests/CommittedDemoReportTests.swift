import AlmanacNarrative
import AlmanacTestSupport
import Foundation
import Testing

/// The demo's reports committed under `reports/demo/` must be what the current code writes.
///
/// They are the goldens of the demo's reports, and a reader of the repository sees today's output.
/// After an intended change run `make demo` (or `RECORD_GOLDENS=1 swift test --filter
/// CommittedDemo`, which records and still fails), review the diff of `reports/demo/` and commit it
/// with the change.
@Suite struct CommittedDemoReportTests {
  static let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../reports/demo/2026-W47").standardized.path

  @Test func committedDemoReportsAreCurrent() throws {
    let folder = try TemporaryFolder()
    let run = try BuiltCommand("almanac").run([
      "demo", "--work", folder.file("work"), "--output", folder.file("reports"),
    ])
    try #require(run.status == 0, "\(run.errors)")
    let fresh = folder.file("reports/2026-W47")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      for name in try FileManager.default.contentsOfDirectory(atPath: fresh) {
        let target = "\(Self.committed)/\(name)"
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: "\(fresh)/\(name)", toPath: target)
      }
      Issue.record("recorded the demo's reports in reports/demo/: review the diff, then run again")
      return
    }
    let hint = "stale: run make demo and commit reports/demo/"
    for name in ["report.md", "report.html", "report.json"] {
      let expected = try String(contentsOfFile: "\(Self.committed)/\(name)", encoding: .utf8)
      let actual = try String(contentsOfFile: "\(fresh)/\(name)", encoding: .utf8)
      #expect(
        actual == expected,
        "\(name) \(hint)\n\(LineDiff(expected: expected, actual: actual).printed())")
    }
    let workbook = "almanac-2026-W47.xlsx"
    let expected = try XLSXPackage(path: "\(Self.committed)/\(workbook)").textDump()
    let actual = try XLSXPackage(path: "\(fresh)/\(workbook)").textDump()
    #expect(
      actual == expected,
      "\(workbook) \(hint)\n\(LineDiff(expected: expected, actual: actual).printed())")
  }
}

/// The workbook executives receive says what the JSON report says, figure for figure.
@Suite struct DemoWorkbookTests {
  @Test func summarySheetHoldsTheJSONFigures() throws {
    let folder = CommittedDemoReportTests.committed
    let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/report.json"))
    let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let models = try #require(report["models"] as? [[String: Any]])
    let sheet = try XLSXPackage(path: "\(folder)/almanac-2026-W47.xlsx").sheet(named: "Summary")
    let columns = Dictionary(uniqueKeysWithValues: sheet.headers.enumerated().map { ($1, $0) })
    func cell(_ row: Int, _ title: String) throws -> XLSXSheet.Cell.Value? {
      sheet.value(row: row, column: try #require(columns[title], "no column \(title)"))
    }
    func number(_ row: Int, _ title: String) throws -> Double? {
      guard case .number(let text)? = try cell(row, title) else { return nil }
      return Double(text)
    }
    func json(_ object: Any?, _ path: String...) -> Double? {
      var current = object
      for key in path { current = (current as? [String: Any])?[key] }
      return (current as? NSNumber)?.doubleValue
    }
    func same(_ stored: Double?, _ figure: Double?, _ what: String) {
      // libxlsxwriter writes 16 significant digits.
      switch (stored, figure) {
      case (nil, nil): break
      case (let stored?, let figure?):
        #expect(
          abs(stored - figure) <= 1e-15 * max(abs(figure), 1), "\(what): \(stored) vs \(figure)")
      default:
        Issue.record(
          "\(what): workbook \(String(describing: stored)), JSON \(String(describing: figure))")
      }
    }
    #expect(models.count == 2)
    for (index, model) in models.enumerated() {
      let row = sheet.headerRow + index + 1
      let name = try #require(model["name"] as? String)
      #expect(try cell(row, "Model") == .text(name))
      let isRegression = model["task"] as? String == "regression"
      let metric = isRegression ? "mae" : "accuracy"
      #expect(try cell(row, "Quality measure") == .text(isRegression ? "MAE" : "Accuracy"))
      let estimated = try cell(row, "Quality estimated") == .text("Yes")
      let quality = json(model, estimated ? "estimated" : "metrics", metric, "value")
      same(try number(row, "Quality"), quality, "\(name) \(metric)")
      let trend = try #require(model["trend"] as? [[String: Any]])
      // A change of a share is in points, as the page writes it.
      let change =
        trend.count < 2
        ? nil
        : json(trend[trend.count - 1], metric).flatMap { last in
          json(trend[trend.count - 2], metric).map { (last - $0) * (isRegression ? 1 : 100) }
        }
      // The change is a difference of two stored figures, scaled: 1e-12 of a point.
      let storedChange = try number(row, "Change")
      #expect((storedChange == nil) == (change == nil), "\(name) \(metric) change")
      if let storedChange, let change {
        #expect(abs(storedChange - change) <= 1e-12, "\(name): \(storedChange) vs \(change)")
      }
      same(try number(row, "Drift share"), json(model, "drift", "share"), "\(name) drift share")
      same(
        try number(row, "Predictions"), json(model, "volume", "predictions"), "\(name) predictions")
      for (title, key) in [
        ("Cost", "cost"), ("Value", "value"), ("Net value", "net"), ("ROI", "roi"),
      ] {
        same(try number(row, title), json(model, "economics", key), "\(name) \(title)")
      }
      #expect(try cell(row, "Headline") == .text(try #require(model["headline"] as? String)))
    }
  }
}

/// What executives read first in the demo report is plain: grade 8 or lower, no jargon.
@Suite struct DemoPlainLanguageTests {
  @Test func summaryAndHeadlinesArePlain() throws {
    let path = "\(CommittedDemoReportTests.committed)/report.json"
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        as? [String: Any])
    let summary = try #require((report["summary"] as? [String: Any])?["headline"] as? String)
    let models = try #require(report["models"] as? [[String: Any]])
    let texts = [summary] + models.compactMap { $0["headline"] as? String }
    #expect(texts.count == 3)
    for text in texts {
      let grade = try #require(Readability.fleschKincaidGrade(text))
      #expect(grade <= 8, "grade \(grade): \(text)")
      #expect(Jargon.terms(in: text).isEmpty, "\(text)")
    }
  }
}
