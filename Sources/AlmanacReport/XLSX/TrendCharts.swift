import CXLSXWriter

/// The native line charts beside the Trends table: accuracy of each classifier and net value of
/// each model with economics, one series per model.
///
/// Models come worst first, so each chart shows the first `maximumSeries` of them and says so in
/// its title when there are more: Excel allows 255 series per chart, and a dozen lines is already
/// the most a reader can tell apart. Series take their names from the Model cells
/// (`chart_series_set_name_range`), never from a name string, which libxlsxwriter would read as a
/// formula when it starts with `=`.
struct TrendCharts {
  /// Where each model's rows are.
  let blocks: [TrendBlock]
  /// The sheet's name.
  let sheetName: String
  /// The columns of the table: periods, accuracy and net value (0-based).
  let periodColumn: lxw_col_t = 1
  let accuracyColumn: lxw_col_t = 3
  let netColumn: lxw_col_t = 7
  /// The column the charts start in, right of the table.
  let anchorColumn: lxw_col_t = 9
  /// The most models one chart shows.
  static let maximumSeries = 12

  /// Adds the charts to the sheet.
  ///
  /// - Parameters:
  ///   - sheet: The Trends sheet, already written.
  ///   - workbook: The workbook that owns it.
  ///   - moneyFormat: The Excel number format of money, for the net value axis.
  /// - Throws: `XLSXError.rejected` when libxlsxwriter refuses a chart.
  func insert(
    into sheet: UnsafeMutablePointer<lxw_worksheet>, workbook: XLSXWorkbook, moneyFormat: String
  ) throws {
    var row: lxw_row_t = 1
    let accuracy = blocks.filter(\.hasAccuracy)
    if !accuracy.isEmpty {
      try chart(
        "Accuracy by period", accuracy, column: accuracyColumn, axisFormat: "0%",
        sheet: sheet, workbook: workbook, row: row)
      row += 18
    }
    let net = blocks.filter(\.hasNet)
    if !net.isEmpty {
      try chart(
        "Net value by period", net, column: netColumn, axisFormat: moneyFormat, sheet: sheet,
        workbook: workbook, row: row)
    }
  }

  private func chart(
    _ title: String, _ blocks: [TrendBlock], column: lxw_col_t, axisFormat: String,
    sheet: UnsafeMutablePointer<lxw_worksheet>, workbook: XLSXWorkbook, row: lxw_row_t
  ) throws {
    let chart = try workbook.addChart(LXW_CHART_LINE)
    let shown = blocks.prefix(Self.maximumSeries)
    let fullTitle =
      shown.count < blocks.count
      ? "\(title), first \(shown.count) of \(blocks.count) models" : title
    chart_title_set_name(chart, fullTitle)
    chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
    chart_show_blanks_as(chart, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue))
    chart_axis_set_num_format(chart.pointee.y_axis, axisFormat)
    for block in shown {
      guard let series = chart_add_series(chart, nil, nil) else {
        throw XLSXError.rejected(part: "chart \(title)", reason: "cannot add a series")
      }
      let first = lxw_row_t(block.firstRow)
      let last = lxw_row_t(block.lastRow)
      chart_series_set_categories(series, sheetName, first, periodColumn, last, periodColumn)
      chart_series_set_values(series, sheetName, first, column, last, column)
      chart_series_set_name_range(series, sheetName, first, 0)
      chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
    }
    var options = lxw_chart_options()
    options.x_scale = 1.4
    options.y_scale = 1.15
    try workbook.check(
      worksheet_insert_chart_opt(sheet, row, anchorColumn, chart, &options), "chart \(title)")
  }
}
