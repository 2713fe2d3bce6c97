import Foundation

/// Writes a report as an Excel workbook for executives who read it from an e-mail.
///
/// Sheets: Summary, Findings, Trends (with native line charts), Metrics, Drift, Economics,
/// Governance and Glossary; each has a frozen, filtered header row, set widths and an A4 print
/// layout. Figures are stored as numbers with currency and percent formats; statuses are coloured
/// by conditional formatting and also carry a symbol and a word. Text from the inputs is always a
/// string, never a formula; missing and non-finite figures are blank cells.
public struct XLSXRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// Writes a report's workbook.
  ///
  /// The caller picks the path (see `ReportFileNames.xlsxName(for:)`); an existing file is
  /// replaced. Write into a temporary folder and rename, so a failure never leaves a half-written
  /// workbook where readers look.
  ///
  /// - Parameters:
  ///   - report: The report.
  ///   - path: The file to write.
  /// - Throws: `XLSXError.cannotCreate`, `.rejected` or `.writeFailed`.
  public func write(_ report: ReportModel, to path: String) throws {
    let workbook = try XLSXWorkbook(path: path, currency: report.currency)
    let period = report.period
    try workbook.setProperties(
      title: "\(report.title), \(period.label)",
      subject: "Model health from \(period.start) to \(period.end)",
      company: report.organization,
      created: Self.secondsSince1970(report.generatedAt) ?? 0)
    let content = WorkbookContent(report: report)
    let trends = content.trends
    for table in content.tables {
      let sheet = try workbook.write(table)
      if table.name == trends.table.name {
        try TrendCharts(blocks: trends.blocks, sheetName: table.name).insert(
          into: sheet, workbook: workbook,
          moneyFormat: NumberStyle.money.excelFormat(currency: report.currency))
      }
    }
    try workbook.close()
  }

  /// Reads `2026-11-23T06:00:00Z` as seconds since 1970 UTC; `nil` when it is not such a time, in
  /// which case libxlsxwriter stamps the current time.
  static func secondsSince1970(_ timestamp: String) -> Int? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: timestamp).map { Int($0.timeIntervalSince1970) }
  }
}
