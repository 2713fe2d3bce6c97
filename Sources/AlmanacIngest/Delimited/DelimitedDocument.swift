/// A small CSV or TSV file read whole into text cells: registries and billing exports.
///
/// The header must have unique names; every record must have as many fields as the header.
/// Blank lines are skipped; a byte-order mark is ignored.
struct DelimitedDocument {
  /// One record: its 1-based line and its cells in header order.
  struct Row {
    /// The line where the record starts.
    var line: Int
    /// The cells, parallel to ``DelimitedDocument/header``.
    var cells: [String]
  }

  /// The file, for errors.
  let file: String
  /// The header's names.
  let header: [String]
  /// The data records in file order.
  let rows: [Row]

  /// Reads a whole file.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: Its name, for errors.
  ///   - format: CSV or TSV.
  /// - Throws: ``IngestError`` for an empty file, a repeated header name, a ragged record, an
  ///   unclosed quote or text that is not UTF-8.
  init(bytes: [UInt8], file: String, format: FileFormat = .csv) throws(IngestError) {
    self.file = file
    let scanner = DelimitedScanner(format: format)
    let parsed: Result<([String], [Row]), IngestError> = bytes.withUnsafeBytes { bytes in
      var fields = FieldList()
      var content = FieldContent()
      var header: [String]?
      var rows: [Row] = []
      var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var line = 1
      while position < bytes.count {
        let recordStart = position
        switch scanner.scan(bytes, from: position, isFinal: true, into: &fields) {
        case .incomplete, .unclosedQuote:
          return .failure(
            IngestError(.unclosedQuote, file: file, line: line, column: fields.count + 1))
        case .textAfterQuote(let field, _):
          return .failure(IngestError(.textAfterQuote, file: file, line: line, column: field + 1))
        case .record(let end, let lineBreaks):
          position = end
          defer { line += lineBreaks }
          if fields.isBlankLine { continue }
          var cells: [String] = []
          for index in 0..<fields.count {
            let field = fields[index]
            guard let cell = content.string(of: field, in: bytes) else {
              let at =
                line + DelimitedScanner.lineFeeds(in: bytes, from: recordStart, to: field.start)
              return .failure(
                IngestError(
                  .invalidUTF8, file: file, line: at, column: index + 1,
                  columnName: header?[safe: index], value: content.text(of: field, in: bytes)))
            }
            cells.append(cell)
          }
          guard let names = header else {
            header = cells
            continue
          }
          guard cells.count == names.count else {
            var error = IngestError(
              .raggedRow(found: cells.count, expected: names.count), file: file, line: line,
              column: min(cells.count, names.count) + 1, columnName: names[safe: cells.count])
            if cells.count > names.count { error.value = CellText.escaped(cells[names.count]) }
            return .failure(error)
          }
          rows.append(Row(line: line, cells: cells))
        }
      }
      guard let header else {
        return .failure(IngestError(.emptyFile(format), file: file, line: line))
      }
      return .success((header, rows))
    }
    (header, rows) = try parsed.get()
    _ = try DelimitedHeader.positions(of: header, file: file)
  }

  /// The position of a column, if the header has it.
  func column(_ name: String) -> Int? { header.firstIndex(of: name) }

  /// The position of a column the file must have.
  ///
  /// - Throws: ``IngestError/Reason/missingColumn(available:)``.
  func requiredColumn(_ name: String) throws(IngestError) -> Int {
    guard let index = column(name) else {
      throw IngestError(.missingColumn(available: header), file: file, line: 1, columnName: name)
    }
    return index
  }

  /// An error about the cell of `row` in `column`, quoting the cell.
  func error(_ reason: IngestError.Reason, row: Row, column: Int) -> IngestError {
    IngestError(
      reason, file: file, line: row.line, column: column + 1, columnName: header[column],
      value: CellText.escaped(row.cells[column]))
  }
}
