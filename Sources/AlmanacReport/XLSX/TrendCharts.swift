import CXLSXWriter

/// The native line charts beside the Trends table: for each model, its own quality measure
/// (accuracy or MAE) by period and, beside it, its net value by period.
///
/// One chart per model and measure gives each its own axis: models' net values differ by orders
/// of magnitude, and one shared axis drew the small ones as flat lines. Estimated periods (outcomes
/// not known yet) are drawn with a dashed line and a hollow marker, and the axis says so. Models
/// come worst first, so the charts cover the first `maximumModels` of them and a note says so when
/// there are more. Titles and series take the model's name from its cell
/// (`chart_title_set_name_range`), never from a string, which libxlsxwriter would read as a
/// formula when it starts with `=`.
struct TrendCharts {
  /// Where each model's rows are.
  let blocks: [TrendBlock]
  /// The sheet's name.
  let sheetName: String
  /// The columns of the table: periods and net value (0-based).
  let periodColumn: lxw_col_t = 1
  let netColumn: lxw_col_t = 7
  /// The column the charts start in, right of the table.
  let anchorColumn: lxw_col_t = 9
  /// Columns between a model's two charts.
  static let chartColumns: lxw_col_t = 8
  /// Rows each model's charts take.
  static let chartRows: lxw_row_t = 16
  /// The most models charted.
  static let maximumModels = 12

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
    let charted = blocks.prefix(Self.maximumModels)
    if charted.count < blocks.count {
      try workbook.check(
        worksheet_write_string(
          sheet, 0, anchorColumn,
          "Charts: the first \(charted.count) of \(blocks.count) models, worst first",
          workbook.format(.header)),
        "Trends note")
    }
    for (index, block) in charted.enumerated() {
      let row = 1 + lxw_row_t(index) * Self.chartRows
      if let measure = block.measure {
        try chart(
          block, column: lxw_col_t(measure.column), axis: measure.name,
          axisFormat: measure.axisFormat, estimated: block.estimated, sheet: sheet,
          workbook: workbook, at: (row, anchorColumn))
      }
      if block.hasNet {
        try chart(
          block, column: netColumn, axis: "Net value", axisFormat: moneyFormat, estimated: [],
          sheet: sheet, workbook: workbook, at: (row, anchorColumn + Self.chartColumns))
      }
    }
  }

  private func chart(
    _ block: TrendBlock, column: lxw_col_t, axis: String, axisFormat: String, estimated: [Int],
    sheet: UnsafeMutablePointer<lxw_worksheet>, workbook: XLSXWorkbook,
    at anchor: (row: lxw_row_t, column: lxw_col_t)
  ) throws {
    let chart = try workbook.addChart(LXW_CHART_LINE)
    let first = lxw_row_t(block.firstRow)
    let last = lxw_row_t(block.lastRow)
    chart_title_set_name_range(chart, sheetName, first, 0)
    chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
    chart_show_blanks_as(chart, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue))
    chart_axis_set_name(chart.pointee.y_axis, axis)
    chart_axis_set_num_format(chart.pointee.y_axis, axisFormat)
    if !estimated.isEmpty {
      chart_axis_set_name(chart.pointee.x_axis, "Period (dashed and hollow: estimated)")
    }
    guard let series = chart_add_series(chart, nil, nil) else {
      throw XLSXError.rejected(part: "chart of \(axis)", reason: "cannot add a series")
    }
    chart_series_set_categories(series, sheetName, first, periodColumn, last, periodColumn)
    chart_series_set_values(series, sheetName, first, column, last, column)
    chart_series_set_name_range(series, sheetName, first, 0)
    chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
    if !estimated.isEmpty {
      try workbook.check(
        markEstimated(estimated, of: series, count: block.lastRow - block.firstRow + 1),
        "estimated points of \(axis)")
    }
    var options = lxw_chart_options()
    options.x_scale = 0.9
    options.y_scale = 1.05
    try workbook.check(
      worksheet_insert_chart_opt(sheet, anchor.row, anchor.column, chart, &options),
      "chart of \(axis)")
  }

  /// Draws the estimated points dashed, with a hollow marker; libxlsxwriter copies the formats.
  private func markEstimated(
    _ estimated: [Int], of series: UnsafeMutablePointer<lxw_chart_series>, count: Int
  ) -> lxw_error {
    var dashed = lxw_chart_line()
    dashed.dash_type = UInt8(LXW_CHART_LINE_DASH_DASH.rawValue)
    var hollow = lxw_chart_fill()
    hollow.color = 0xFFFFFF
    let marked = Set(estimated)
    return withUnsafeMutablePointer(to: &dashed) { line in
      withUnsafeMutablePointer(to: &hollow) { fill in
        var points = (0..<count).map { index in
          lxw_chart_point(
            line: marked.contains(index) ? line : nil, fill: marked.contains(index) ? fill : nil,
            pattern: nil)
        }
        return points.withUnsafeMutableBufferPointer { buffer in
          guard let base = buffer.baseAddress else { return LXW_NO_ERROR }
          var list: [UnsafeMutablePointer<lxw_chart_point>?] =
            (0..<count).map { base + $0 } + [nil]
          return chart_series_set_points(series, &list)
        }
      }
    }
  }
}
