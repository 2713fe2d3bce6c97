/// A plain-text table with aligned columns, for the terminal.
struct TextTable {
  /// Column titles.
  let header: [String]
  /// Rows of cells, each as long as `header`.
  var rows: [[String]] = []
  /// Columns aligned to the right (numbers).
  var rightAligned: Set<Int> = []

  /// The table, one line per row, columns separated by two spaces, without trailing spaces.
  var rendered: String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return rightAligned.contains(column) ? padding + cell : cell + padding
      }
      .joined(separator: "  ")
      .trailingSpacesRemoved
    }
    .joined(separator: "\n")
  }
}

extension String {
  /// The text without spaces at its end.
  var trailingSpacesRemoved: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
