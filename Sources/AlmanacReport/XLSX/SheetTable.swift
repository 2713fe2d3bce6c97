import AlmanacNarrative

/// One worksheet described as a table: a header row, typed cells and how it reads.
///
/// Building the tables (`WorkbookContent`) is separate from writing them (`XLSXWorkbook`), so the
/// mapping from report to cells needs no C library and the writer enforces the safety rules for
/// every sheet alike.
struct SheetTable {
  /// A column's title and width.
  struct Column {
    /// The header text.
    var title: String
    /// The width in Excel character units.
    var width: Double
    /// Whether long text wraps inside the column.
    var wraps: Bool = false
  }

  /// The sheet's name; fixed by the renderer, never taken from input.
  var name: String
  /// The columns, left to right.
  var columns: [Column]
  /// The data rows below the header; each has one cell per column.
  var rows: [[SheetCell]]
  /// Columns kept in view when scrolling sideways (the header row always is).
  var frozenColumns: Int = 0
  /// Lines above the table, such as the Summary's executive summary; the table starts one blank
  /// row below them.
  var preamble: [PreambleLine] = []

  /// The 0-based row of the table's header: 0, or below the preamble and a blank row.
  var headerRow: Int { preamble.isEmpty ? 0 : preamble.count + 1 }
}

/// A line above a sheet's table.
enum PreambleLine {
  /// The sheet's title, in large bold type across the table's width.
  case title(String)
  /// A paragraph across the table's width, wrapped.
  case paragraph(String)
  /// A figure: its label in the first column, its value in the second.
  case figure(String, SheetCell)
}

/// A cell's value and how it is shown.
enum SheetCell {
  /// Text, always written as a string, never as a formula.
  case text(String)
  /// A number in a display style; `nil`, NaN and infinities are written as blank cells.
  case number(Double?, NumberStyle)
  /// A status as symbol and word (`✗ Act now`), coloured by conditional formatting.
  case status(Status)
  /// Yes or No.
  case flag(Bool)
  /// Nothing.
  case blank

  /// A count of things.
  static func count(_ count: Int) -> SheetCell {
    .number(Double(count), .count)
  }

  /// Optional text: blank when there is none.
  static func text(_ text: String?) -> SheetCell {
    text.map(SheetCell.text) ?? .blank
  }

  /// The text a status cell holds.
  static func label(of status: Status) -> String {
    "\(status.symbol) \(status.label)"
  }

  /// The text the cell shows, for fitting rows and columns; `nil` for numbers, whose width the
  /// column's set width already allows for.
  var shownText: String? {
    switch self {
    case .text(let text): text
    case .status(let status): Self.label(of: status)
    case .flag(let flag): flag ? "Yes" : "No"
    case .number, .blank: nil
    }
  }
}

/// How a number cell is displayed; the stored value is always the report's figure.
enum NumberStyle: Hashable {
  /// Whole count with separators: `#,##0`.
  case count
  /// Whole currency units: `"$"#,##0`.
  case money
  /// Currency with cents, for unit prices: `"$"#,##0.00`.
  case unitMoney
  /// A share as a percentage: `#,##0%`, `#,##0.0%`.
  case percent(decimals: Int)
  /// A plain number with fixed decimals: `0.000`.
  case decimal(places: Int)
  /// A change in percentage points, stored in points, signed: `+0.0" pts";-0.0" pts"`.
  case pointsChange(decimals: Int)
  /// A change in the metric's unit, signed: `+0.00;-0.00`.
  case decimalChange(places: Int)

  /// The style matching how the HTML and Markdown reports write a metric.
  ///
  /// - Parameter style: The metric's style.
  init(_ style: MetricStyle) {
    switch style {
    case .percent(let decimals): self = .percent(decimals: decimals)
    case .decimal(let places): self = .decimal(places: places)
    }
  }

  /// The style of a change of a metric between two periods, signed.
  ///
  /// - Parameter style: The metric's style.
  init(change style: MetricStyle) {
    switch style {
    case .percent(let decimals): self = .pointsChange(decimals: decimals)
    case .decimal(let places): self = .decimalChange(places: places)
    }
  }

  /// The Excel number format.
  ///
  /// - Parameter currency: The report's ISO 4217 code, for money styles.
  /// - Returns: A format string such as `"$"#,##0`.
  func excelFormat(currency: String) -> String {
    let prefix = Wording.currencyPrefix(currency).filter { $0 != "\"" && $0 != "\\" }
    func fixed(_ places: Int) -> String {
      places > 0 ? "0." + String(repeating: "0", count: places) : "0"
    }
    switch self {
    case .count: return "#,##0"
    case .money: return "\"\(prefix)\"#,##0"
    case .unitMoney: return "\"\(prefix)\"#,##0.00"
    case .percent(let decimals): return "#,##" + fixed(decimals) + "%"
    case .decimal(let places): return fixed(places)
    case .pointsChange(let decimals):
      let points = fixed(decimals) + "\" pts\""
      return "+\(points);-\(points);\(points)"
    case .decimalChange(let places): return "+\(fixed(places));-\(fixed(places));\(fixed(places))"
    }
  }
}
