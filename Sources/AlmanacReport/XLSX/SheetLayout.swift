/// How much room text takes in a worksheet, so every row gets the height its wrapped text needs
/// and no header or label is cut.
///
/// libxlsxwriter writes no row heights of its own, and neither Excel nor LibreOffice grows a row
/// when a file opens: a wrapped cell keeps the default 15 points and its lines run under the rows
/// below. So the writer computes them. Widths are in Excel's character units (the width of a
/// `0` in 11-point Calibri); a character is counted as one unit (most letters are narrower), a
/// wide character (CJK, emoji) as two, so the estimate errs toward a line too many rather than
/// one too few.
enum SheetLayout {
  /// Points per line of 11-point Calibri.
  static let lineHeight = 15.0
  /// The characters a cell's padding takes from its column.
  static let padding = 1.0
  /// How much wider bold header text is.
  static let boldFactor = 1.1
  /// The widest a column grows to fit a label that does not wrap.
  static let widestFittedColumn = 60.0

  /// The width of text in character units.
  static func units(_ text: some StringProtocol) -> Double {
    text.unicodeScalars.reduce(0) { total, scalar in
      if scalar.properties.generalCategory == .nonspacingMark || scalar.value == 0x200D
        || (0xFE00...0xFE0F).contains(scalar.value)
      {
        return total
      }
      return total + (isWide(scalar) ? 2 : 1)
    }
  }

  /// The lines text takes when wrapped at spaces in a column `width` units wide; a word longer
  /// than a line is broken across lines.
  ///
  /// - Parameters:
  ///   - text: The cell's text; line breaks start new lines.
  ///   - width: The column's width.
  ///   - scale: How much wider than plain text the font draws (`boldFactor` for headers).
  /// - Returns: The number of lines, at least 1.
  static func lines(_ text: String, width: Double, scale: Double = 1) -> Int {
    let capacity = max(1, width - padding)
    var total = 0
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var lines = 1
      var used = 0.0
      for word in paragraph.split(separator: " ") {
        let size = units(word) * scale
        let needed = used == 0 ? size : used + scale + size
        if needed <= capacity {
          used = needed
        } else if size <= capacity {
          lines += used == 0 ? 0 : 1
          used = size
        } else {
          // A word longer than a line fills whole lines, and the rest starts the next.
          lines += (used == 0 ? 0 : 1) + Int((size / capacity).rounded(.up)) - 1
          used = size.truncatingRemainder(dividingBy: capacity)
        }
      }
      total += lines
    }
    return max(1, total)
  }

  /// The height in points of a row whose tallest cell takes `lines` lines.
  static func rowHeight(lines: Int) -> Double {
    Double(max(1, lines)) * lineHeight + 2
  }

  /// The width a column needs: its set width, or wider for the longest label that does not wrap
  /// (up to `widestFittedColumn`).
  ///
  /// - Parameters:
  ///   - column: The column.
  ///   - texts: The texts of its cells.
  /// - Returns: The width in character units.
  static func width(of column: SheetTable.Column, texts: [String]) -> Double {
    guard !column.wraps else { return column.width }
    let longest = texts.map { units($0) }.max() ?? 0
    return max(column.width, min(longest + 2 * padding, widestFittedColumn))
  }

  /// East Asian wide and full-width characters, and emoji drawn as pictures.
  private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      true
    default: false
    }
  }
}
