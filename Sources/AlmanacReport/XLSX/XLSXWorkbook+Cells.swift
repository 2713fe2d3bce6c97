import AlmanacNarrative
import CXLSXWriter

extension XLSXWorkbook {
  /// Writes one cell.
  func write(
    _ cell: SheetCell, to sheet: UnsafeMutablePointer<lxw_worksheet>, row: lxw_row_t,
    column: lxw_col_t, wraps: Bool, sheetName: String
  ) throws {
    let result: lxw_error
    switch cell {
    case .text(let text):
      result = worksheet_write_string(
        sheet, row, column, Self.safeText(text), format(.text(wraps: wraps)))
    case .number(let value?, let style) where value.isFinite:
      result = worksheet_write_number(sheet, row, column, value, format(.number(style)))
    case .number(_, let style):
      result = worksheet_write_blank(sheet, row, column, format(.number(style)))
    case .status(let status):
      result = worksheet_write_string(
        sheet, row, column, SheetCell.label(of: status), format(.text(wraps: false)))
    case .flag(let flag):
      result = worksheet_write_string(
        sheet, row, column, flag ? "Yes" : "No", format(.text(wraps: false)))
    case .blank:
      return
    }
    try check(result, "\(sheetName) row \(row + 1)")
  }

  /// Writes the lines above a table: the title and paragraphs across the table's width (its
  /// columns merged), figures as a label and a value.
  ///
  /// - Parameters:
  ///   - table: The sheet.
  ///   - sheet: Where to write.
  ///   - width: The table's width in character units, for the paragraphs' heights.
  /// - Throws: `XLSXError.rejected` when libxlsxwriter refuses a cell.
  func writePreamble(
    of table: SheetTable, to sheet: UnsafeMutablePointer<lxw_worksheet>, width: Double
  ) throws {
    let lastColumn = lxw_col_t(max(table.columns.count - 1, 1))
    for (index, line) in table.preamble.enumerated() {
      let row = lxw_row_t(index)
      let result: lxw_error
      switch line {
      case .title(let text):
        worksheet_set_row(sheet, row, 24, nil)
        result = worksheet_merge_range(
          sheet, row, 0, row, lastColumn, Self.safeText(text), format(.title))
      case .paragraph(let text):
        worksheet_set_row(
          sheet, row, SheetLayout.rowHeight(lines: SheetLayout.lines(text, width: width)), nil)
        result = worksheet_merge_range(
          sheet, row, 0, row, lastColumn, Self.safeText(text), format(.text(wraps: true)))
      case .figure(let label, let value):
        worksheet_set_row(sheet, row, SheetLayout.rowHeight(lines: 1), nil)
        try write(.text(label), to: sheet, row: row, column: 0, wraps: false, sheetName: table.name)
        try write(value, to: sheet, row: row, column: 1, wraps: false, sheetName: table.name)
        result = LXW_NO_ERROR
      }
      try check(result, "\(table.name) row \(row + 1)")
    }
  }

  /// The indexes of columns holding statuses.
  func statusColumns(of table: SheetTable) -> [Int] {
    table.columns.indices.filter { index in
      table.rows.contains { row in
        if index < row.count, case .status = row[index] { true } else { false }
      }
    }
  }

  /// Colours a status column by conditional formatting on the status word, so the colours follow
  /// the cells when a reader sorts or filters.
  func colourStatuses(
    of sheet: UnsafeMutablePointer<lxw_worksheet>, column: lxw_col_t,
    rows: ClosedRange<lxw_row_t>, name: String
  ) throws {
    for status in Status.allCases.reversed() {
      guard let word = strdup(status.label) else { continue }
      defer { free(word) }
      var rule = lxw_conditional_format()
      rule.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
      rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
      rule.value_string = word
      rule.format = format(.status(status))
      try check(
        worksheet_conditional_format_range(
          sheet, rows.lowerBound, column, rows.upperBound, column, &rule),
        "\(name) status colours")
    }
  }

  /// The format for a key, made on first use.
  func format(_ key: FormatKey) -> UnsafeMutablePointer<lxw_format>? {
    if let made = formats[key] { return made }
    guard let made = workbook_add_format(workbook) else { return nil }
    switch key {
    case .title:
      format_set_bold(made)
      format_set_font_size(made, 14)
      format_set_align(made, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
    case .header:
      format_set_bold(made)
      format_set_font_color(made, 0xFFFFFF)
      format_set_bg_color(made, 0x1F2937)
      format_set_pattern(made, UInt8(LXW_PATTERN_SOLID.rawValue))
      format_set_text_wrap(made)
      format_set_align(made, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
    case .text(let wraps):
      format_set_align(made, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
      if wraps { format_set_text_wrap(made) }
    case .number(let style):
      format_set_align(made, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
      format_set_num_format(made, style.excelFormat(currency: currency))
    case .status(let status):
      format_set_bold(made)
      format_set_font_color(made, status.inkColor)
      format_set_bg_color(made, status.paperColor)
    }
    formats[key] = made
    return made
  }
}
