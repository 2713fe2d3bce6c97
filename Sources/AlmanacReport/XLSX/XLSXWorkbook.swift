import AlmanacNarrative
import CXLSXWriter
import Foundation

/// Owns one libxlsxwriter workbook, its formats and sheets, for the length of one write.
///
/// Not `Sendable`: the C pointers stay inside this object and one caller uses it from start to
/// `close()`. If `close()` is never reached the workbook is freed without writing a file. Every
/// cell goes through `write(_:)`, which writes text with `worksheet_write_string` (never a formula,
/// even for `=HYPERLINK(…)`) and non-finite numbers as blanks (libxlsxwriter would store `NAN`,
/// which spreadsheet programs reject).
final class XLSXWorkbook {
  /// The most characters a cell holds in Excel.
  static let maximumTextLength = 32_767

  /// The output path, for messages.
  let path: String
  /// The currency of money formats.
  let currency: String
  var workbook: UnsafeMutablePointer<lxw_workbook>?
  /// Formats made so far; each is made once and shared by every cell that uses it.
  var formats: [FormatKey: UnsafeMutablePointer<lxw_format>] = [:]

  /// The formats a cell can have.
  enum FormatKey: Hashable {
    case header
    case title
    case text(wraps: Bool)
    case number(NumberStyle)
    case status(Status)
  }

  /// Starts a workbook that `close()` writes to `path`.
  ///
  /// - Parameters:
  ///   - path: Where the file goes; its folder must exist.
  ///   - currency: The ISO 4217 code for money formats.
  /// - Throws: `XLSXError.cannotCreate` when libxlsxwriter refuses the path.
  init(path: String, currency: String) throws {
    guard let workbook = workbook_new(path) else { throw XLSXError.cannotCreate(path: path) }
    self.workbook = workbook
    self.path = path
    self.currency = currency
  }

  deinit {
    if let workbook { lxw_workbook_free(workbook) }
  }

  /// Sets the title, subject, company, author and creation time shown in the file's properties.
  ///
  /// - Parameters:
  ///   - title: The document title.
  ///   - subject: The subject line.
  ///   - company: The organisation, if any.
  ///   - created: Seconds since 1970 UTC; the file then does not depend on the clock.
  /// - Throws: `XLSXError.rejected` when libxlsxwriter refuses the properties.
  func setProperties(title: String, subject: String, company: String?, created: Int) throws {
    let owned = [title, subject, company ?? "", "Almanac"].map { strdup(Self.safeText($0)) }
    defer { owned.forEach { free($0) } }
    var properties = lxw_doc_properties()
    properties.title = owned[0]
    properties.subject = owned[1]
    properties.company = company == nil ? nil : owned[2]
    properties.author = owned[3]
    properties.created = time_t(created)
    try check(workbook_set_properties(workbook, &properties), "document properties")
  }

  /// Writes a table as a new sheet: header, cells, widths, frozen panes, filter, status colours and
  /// print layout (A4 landscape, one page wide, header row repeated).
  ///
  /// - Parameter table: The sheet.
  /// - Returns: The sheet, for charts.
  /// - Throws: `XLSXError.rejected` when libxlsxwriter refuses the sheet or a cell.
  @discardableResult
  func write(_ table: SheetTable) throws -> UnsafeMutablePointer<lxw_worksheet> {
    guard let sheet = workbook_add_worksheet(workbook, table.name) else {
      throw XLSXError.rejected(part: "sheet \(table.name)", reason: "invalid or duplicate name")
    }
    let lastColumn = lxw_col_t(max(table.columns.count - 1, 0))
    let labels = table.preamble.compactMap { line in
      if case .figure(let label, _) = line { label } else { nil }
    }
    let widths = table.columns.indices.map { index in
      SheetLayout.width(
        of: table.columns[index],
        texts: table.rows.compactMap { $0.indices.contains(index) ? $0[index].shownText : nil }
          + (index == 0 ? labels : []))
    }
    try writePreamble(of: table, to: sheet, width: widths.reduce(0, +))
    let top = lxw_row_t(table.headerRow)
    let headerLines =
      zip(table.columns, widths).map { column, width in
        SheetLayout.lines(column.title, width: width, scale: SheetLayout.boldFactor)
      }.max() ?? 1
    try check(
      worksheet_set_row(
        sheet, top, SheetLayout.rowHeight(lines: max(2, headerLines)), format(.header)),
      "\(table.name) header")
    for (index, column) in table.columns.enumerated() {
      let col = lxw_col_t(index)
      try check(worksheet_set_column(sheet, col, col, widths[index], nil), "\(table.name) widths")
      try check(
        worksheet_write_string(sheet, top, col, Self.safeText(column.title), format(.header)),
        "\(table.name) header")
    }
    for (rowIndex, cells) in table.rows.enumerated() {
      let row = top + lxw_row_t(rowIndex + 1)
      var lines = 1
      for (columnIndex, cell) in cells.enumerated() where columnIndex < table.columns.count {
        try write(
          cell, to: sheet, row: row, column: lxw_col_t(columnIndex),
          wraps: table.columns[columnIndex].wraps, sheetName: table.name)
        if table.columns[columnIndex].wraps, let text = cell.shownText {
          lines = max(lines, SheetLayout.lines(text, width: widths[columnIndex]))
        }
      }
      try check(
        worksheet_set_row(sheet, row, SheetLayout.rowHeight(lines: lines), nil),
        "\(table.name) row heights")
    }
    let lastRow = top + lxw_row_t(table.rows.count)
    worksheet_freeze_panes(sheet, top + 1, lxw_col_t(table.frozenColumns))
    try check(worksheet_autofilter(sheet, top, 0, lastRow, lastColumn), "\(table.name) filter")
    for index in statusColumns(of: table) {
      try colourStatuses(
        of: sheet, column: lxw_col_t(index), rows: (top + 1)...max(lastRow, top + 1),
        name: table.name)
    }
    worksheet_set_landscape(sheet)
    worksheet_set_paper(sheet, 9)
    worksheet_fit_to_pages(sheet, 1, 0)
    try check(worksheet_repeat_rows(sheet, top, top), "\(table.name) print titles")
    return sheet
  }

  /// Adds a chart object to the workbook, for inserting into a sheet.
  ///
  /// - Parameter type: A libxlsxwriter chart type such as `LXW_CHART_LINE`.
  /// - Returns: The chart.
  /// - Throws: `XLSXError.rejected` when the chart cannot be created.
  func addChart(_ type: lxw_chart_type) throws -> UnsafeMutablePointer<lxw_chart> {
    guard let chart = workbook_add_chart(workbook, UInt8(type.rawValue)) else {
      throw XLSXError.rejected(part: "chart", reason: "cannot create a chart")
    }
    return chart
  }

  /// Writes the file and frees the workbook.
  ///
  /// - Throws: `XLSXError.writeFailed` with libxlsxwriter's reason (for example a missing folder).
  func close() throws {
    guard let workbook else { return }
    self.workbook = nil
    errno = 0
    let result = workbook_close(workbook)
    guard result == LXW_NO_ERROR else {
      // A failing write leaves its cause (a full disk, a missing folder) in errno.
      let cause = errno != 0 ? String(cString: strerror(errno)) : Self.message(result)
      throw XLSXError.writeFailed(path: path, reason: cause)
    }
  }

  /// Checks a libxlsxwriter result.
  func check(_ result: lxw_error, _ part: String) throws {
    guard result == LXW_NO_ERROR else {
      throw XLSXError.rejected(part: part, reason: Self.message(result))
    }
  }

  private static func message(_ result: lxw_error) -> String {
    lxw_strerror(result).map { String(cString: $0) } ?? "error \(result.rawValue)"
  }

  /// Text as a cell can hold it: at most 32,767 characters, control and direction characters
  /// written as their codes (``VisibleText``), and without the characters XML 1.0 forbids
  /// (U+FFFE, U+FFFF).
  ///
  /// libxlsxwriter escapes such characters in cells but copies them raw into a chart's cache of
  /// series names, which makes the chart part unreadable; NUL would also cut a string short.
  static func safeText(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.append(
      contentsOf: VisibleText.of(text).unicodeScalars.filter { scalar in
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0xFFFE, 0xFFFF: false
        default: true
        }
      })
    let clean = String(scalars)
    guard clean.utf16.count > maximumTextLength else { return clean }
    var cut = String(clean.prefix(maximumTextLength - 1))
    while cut.utf16.count > maximumTextLength - 1 { cut.removeLast() }
    return cut + "…"
  }
}
