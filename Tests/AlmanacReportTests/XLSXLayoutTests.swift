import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacReport

/// Rows as tall as their wrapped text, and columns as wide as their labels: neither Excel nor
/// LibreOffice fits them when a file opens.
@Suite struct XLSXLayoutTests {
  @Test func wrapsAtSpacesAndBreaksWordsLongerThanALine() {
    // A column 11 units wide holds 10 characters a line.
    #expect(SheetLayout.lines("", width: 11) == 1)
    #expect(SheetLayout.lines("ten chars!", width: 11) == 1)
    #expect(SheetLayout.lines("ten chars! more", width: 11) == 2)
    #expect(SheetLayout.lines("aaaa bbbb cccc", width: 11) == 2)
    #expect(SheetLayout.lines("first\nsecond\n\nfourth", width: 11) == 4)
    #expect(SheetLayout.lines(String(repeating: "x", count: 25), width: 11) == 3)
    #expect(SheetLayout.lines("ab " + String(repeating: "x", count: 25), width: 11) == 4)
    // Wide characters count twice, combining marks not at all; bold headers are wider.
    #expect(SheetLayout.units("模型") == 4)
    #expect(SheetLayout.units("e\u{301}") == 1)
    #expect(SheetLayout.lines("Value lost", width: 11, scale: SheetLayout.boldFactor) == 2)
    #expect(SheetLayout.rowHeight(lines: 3) == 47)
  }

  @Test func everyRowIsTallEnoughForItsTextAndNoLabelIsCut() throws {
    let folder = try TemporaryFolder()
    let report = SampleReport.make()
    let path = folder.file(ReportFileNames.xlsxName(for: report.period))
    try XLSXRenderer().write(report, to: path)
    let package = try XLSXPackage(path: path)
    var tallRows = 0
    for name in package.sheetNames where name != "Trends" {
      let sheet = try package.sheet(named: name)
      var widths: [Int: Double] = [:]
      for column in sheet.xml.descendants(named: "col") {
        let first = try #require(Int(column.attributes["min"] ?? "")) - 1
        let last = try #require(Int(column.attributes["max"] ?? "")) - 1
        let width = try #require(Double(column.attributes["width"] ?? ""))
        for index in first...last { widths[index] = width }
      }
      // A merged cell (the Summary's title and headline) is as wide as the columns it spans.
      var merged: [Int: Double] = [:]
      for range in sheet.xml.descendants(named: "mergeCell") {
        let ends = try #require(range.attributes["ref"]).split(separator: ":").map(String.init)
        let first = try #require(XLSXSheet.position(ends[0]))
        let last = try #require(XLSXSheet.position(ends[1]))
        merged[first.row] = (first.column...last.column).reduce(0) { $0 + (widths[$1] ?? 0) }
      }
      var heights: [Int: Double] = [:]
      for row in sheet.xml.descendants(named: "row") {
        let index = try #require(Int(row.attributes["r"] ?? "")) - 1
        heights[index] = row.attributes["ht"].flatMap(Double.init)
      }
      for cell in sheet.cells {
        guard case .text(let text) = cell.value else { continue }
        let width = try #require(
          cell.column == 0 ? merged[cell.row] ?? widths[0] : widths[cell.column],
          "\(name) column \(cell.column) has no width")
        let height = try #require(heights[cell.row], "\(name) row \(cell.row) has no height")
        // However the words fall, the text needs at least this many lines of 15 points.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
          max(1, Int((Double($0.count) / width).rounded(.up)))
        }.reduce(0, +)
        #expect(
          height >= Double(lines) * 15, "\(name) row \(cell.row + 1): \(lines) lines in \(height)")
        if lines > 1 { tallRows += 1 }
      }
    }
    #expect(tallRows > 10, "the sample's long texts should need several lines")
  }

  /// Each Summary figure, read back from the file, carries the format the page writes it in:
  /// accuracy as a percentage with its change in points, MAE with two decimals, money in the
  /// report's currency; headers are bold and wrap, and the status column is coloured by word.
  @Test func summaryCellsCarryThePagesFormats() throws {
    let folder = try TemporaryFolder()
    let report = SampleReport.make()
    let path = folder.file(ReportFileNames.xlsxName(for: report.period))
    try XLSXRenderer().write(report, to: path)
    let package = try XLSXPackage(path: path)
    let formats = try package.cellFormats()
    let sheet = try package.sheet(named: "Summary")
    let headers = sheet.headers
    func cell(_ header: String, row: Int) throws -> XLSXSheet.Cell {
      let column = try #require(headers.firstIndex(of: header), "\(header)")
      return try #require(sheet.cells.first { $0.row == row && $0.column == column })
    }
    func format(_ header: String, row: Int) throws -> XLSXPackage.CellFormat {
      formats[try cell(header, row: row).style]
    }
    for header in headers {
      let format = try format(header, row: sheet.headerRow)
      #expect(format.bold && format.wraps, "\(header)")
    }
    for (offset, model) in report.models.enumerated() {
      let row = sheet.headerRow + 1 + offset
      let quality = try #require(model.quality)
      let isAccuracy = quality.metric == "accuracy"
      #expect(try format("Quality", row: row).numberFormat == (isAccuracy ? "#,##0.0%" : "0.00"))
      #expect(
        try format("Change", row: row).numberFormat
          == (isAccuracy ? #"+0.0" pts";-0.0" pts";0.0" pts""# : "+0.00;-0.00;0.00"))
      if let change = quality.change, case .number(let stored) = try cell("Change", row: row).value
      {
        let shown = try #require(Double(stored))
        #expect(abs(shown - (isAccuracy ? change * 100 : change)) < 1e-9, "\(model.name)")
      }
      for header in ["Cost", "Value", "Net value"] {
        #expect(try format(header, row: row).numberFormat == ##""$"#,##0"##, "\(header)")
      }
      for header in ["Drift share", "ROI"] {
        #expect(try format(header, row: row).numberFormat == "#,##0%", "\(header)")
      }
      #expect(try format("Predictions", row: row).numberFormat == "#,##0")
      #expect(try format("Headline", row: row).wraps)
      #expect(try !format("Model", row: row).wraps)
    }

    // The status column's colours: one rule per word, each pointing at the pill's ink and paper.
    let styles = try XMLTree(parsing: Data(try #require(package.parts["xl/styles.xml"]).utf8))
    let differential = styles.child(named: "dxfs")?.children ?? []
    let rules = sheet.xml.descendants(named: "cfRule")
    for (word, ink, paper) in [
      ("Act now", "FF991B1B", "FFFEE2E2"), ("Watch", "FF92400E", "FFFEF3C7"),
      ("OK", "FF166534", "FFDCFCE7"),
    ] {
      let rule = try #require(
        rules.first { $0.attributes["text"]?.hasSuffix(word) == true }, "\(word)")
      let style = differential[try #require(Int(rule.attributes["dxfId"] ?? ""))]
      #expect(style.descendants(named: "color").first?.attributes["rgb"] == ink, "\(word)")
      #expect(style.descendants(named: "bgColor").first?.attributes["rgb"] == paper, "\(word)")
    }
  }
}
