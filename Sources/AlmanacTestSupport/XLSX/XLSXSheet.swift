/// The cells of one worksheet as stored, with the sheet's XML for checks on layout.
public struct XLSXSheet: Sendable {
  /// A stored cell.
  public struct Cell: Sendable, Equatable {
    /// What a cell holds.
    public enum Value: Sendable, Equatable {
      /// A number as stored (`<v>` text), so tests can parse it at full precision.
      case number(String)
      /// Text from the shared string table or an inline string.
      case text(String)
      /// A Boolean.
      case boolean(Bool)
      /// A formula, with its cached value text if any.
      case formula(String)
      /// Formatting only.
      case blank
    }

    /// The 0-based row.
    public var row: Int
    /// The 0-based column.
    public var column: Int
    /// The value.
    public var value: Value
    /// The index of the cell's format in the workbook's `cellXfs` (`s`), 0 when it has none.
    public var style: Int
  }

  /// The sheet's name.
  public let name: String
  /// The sheet's XML.
  public let xml: XMLTree
  /// Every stored cell in document order.
  public let cells: [Cell]

  init(name: String, xml: XMLTree, sharedStrings: [String]) {
    self.name = name
    self.xml = xml
    cells = xml.descendants(named: "c").compactMap { element in
      guard let reference = element.attributes["r"], let (row, column) = Self.position(reference)
      else { return nil }
      let stored = element.child(named: "v")?.text
      let value: Cell.Value
      if let formula = element.child(named: "f") {
        value = .formula(formula.text)
      } else {
        switch (element.attributes["t"], stored) {
        case ("s", let index?):
          value =
            Int(index).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil }
            .map(Cell.Value.text) ?? .blank
        case ("inlineStr", _):
          value = .text(element.descendants(named: "t").map(\.text).joined())
        case ("str", let text?): value = .text(text)
        case ("b", let flag?): value = .boolean(flag == "1")
        case (_, let number?): value = .number(number)
        default: value = .blank
        }
      }
      let style = element.attributes["s"].flatMap { Int($0) } ?? 0
      return Cell(row: row, column: column, value: value, style: style)
    }
  }

  /// The value at a 0-based row and column, `nil` when no cell is stored there.
  ///
  /// - Parameters:
  ///   - row: The 0-based row.
  ///   - column: The 0-based column.
  /// - Returns: The value, or `nil`.
  public func value(row: Int, column: Int) -> Cell.Value? {
    cells.first { $0.row == row && $0.column == column }?.value
  }

  /// The header row's texts by column, for finding a column by its title.
  public var headers: [String] {
    cells.filter { $0.row == headerRow }.sorted { $0.column < $1.column }.map { cell in
      if case .text(let text) = cell.value { text } else { "" }
    }
  }

  /// The 0-based row of the table's header: the first row of the sheet's filter (lines such as
  /// an executive summary may come before it), 0 without a filter.
  public var headerRow: Int {
    guard let range = xml.descendants(named: "autoFilter").first?.attributes["ref"],
      let first = range.split(separator: ":").first, let (row, _) = Self.position(String(first))
    else { return 0 }
    return row
  }

  /// The sheet as text, one line per stored cell (`B3 n 0.871`), for golden files.
  public var dump: String {
    cells.map { cell in
      let reference = Self.reference(row: cell.row, column: cell.column)
      switch cell.value {
      case .number(let text): return "\(reference) n \(text)"
      case .text(let text): return "\(reference) s \(text.debugDescription)"
      case .boolean(let flag): return "\(reference) b \(flag)"
      case .formula(let formula): return "\(reference) f \(formula)"
      case .blank: return "\(reference) -"
      }
    }.joined(separator: "\n")
  }

  /// Splits `AB12` into a 0-based row and column.
  ///
  /// - Parameter reference: A cell reference.
  /// - Returns: The row and column, or `nil` for text that is not a reference.
  public static func position(_ reference: String) -> (row: Int, column: Int)? {
    let letters = reference.prefix { $0.isASCII && $0.isLetter }
    guard !letters.isEmpty, let row = Int(reference.dropFirst(letters.count)), row >= 1 else {
      return nil
    }
    var column = 0
    for letter in letters.uppercased().unicodeScalars {
      column = column * 26 + Int(letter.value) - 64
    }
    return (row - 1, column - 1)
  }

  /// Writes a 0-based row and column as `AB12`.
  static func reference(row: Int, column: Int) -> String {
    var letters = ""
    var remaining = column + 1
    while remaining > 0 {
      let digit = (remaining - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
      remaining = (remaining - 1) / 26
    }
    return "\(letters)\(row + 1)"
  }
}
