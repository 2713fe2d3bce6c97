/// Checks shared by every reader of a header line.
enum DelimitedHeader {
  /// The position of each name.
  ///
  /// - Parameters:
  ///   - names: The header's names in file order.
  ///   - file: The file, for errors.
  /// - Returns: Each name's 0-based position.
  /// - Throws: ``IngestError/Reason/duplicateColumn(firstColumn:)`` at the second of two equal
  ///   names.
  static func positions(of names: [String], file: String) throws(IngestError) -> [String: Int] {
    var positions: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      if let first = positions[name] {
        throw IngestError(
          .duplicateColumn(firstColumn: first + 1), file: file, line: 1, column: index + 1,
          columnName: name)
      }
      positions[name] = index
    }
    return positions
  }
}
