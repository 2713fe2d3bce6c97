/// The table being read from one or more files: its columns so far and what was left out.
///
/// The first file decides the columns and their order; later files must have the same kept
/// columns, in any order.
struct TableAssembly {
  /// One file read into the table.
  struct FileRecord {
    /// Where the bytes came from.
    let source: InputSource
    /// How the file is laid out.
    let format: FileFormat
    /// The table row of the file's first accepted record.
    let firstRow: Int
    /// The record numbers (0-based, blank lines excluded) of the rows left out.
    var rejectedRecords: [Int] = []
  }

  /// How to read.
  let options: ReadOptions
  /// Column names in the first file's order.
  private(set) var names: [String] = []
  /// The columns, parallel to ``names``.
  var builders: [ColumnBuilder] = []
  /// Rows accepted so far.
  var rowCount = 0
  /// Rows counted against the row allowance so far.
  private var rowsCounted = 0
  /// The files read so far, in order.
  private(set) var files: [FileRecord] = []
  /// Rows left out because they could not be read.
  private(set) var skippedRows = 0
  /// The first reasons rows were left out.
  private(set) var skipReasons: [IngestError] = []
  /// Bytes read, after decompression.
  var bytesRead = 0

  /// Creates an empty table.
  init(options: ReadOptions) { self.options = options }

  /// Stops the read when it and the reads sharing its ``ReadOptions/rowAllowance`` keep more rows
  /// than the allowance's limit.
  ///
  /// - Parameters:
  ///   - file: The file being read.
  ///   - line: The line reached.
  /// - Throws: ``IngestError/Reason/tooManyRows(limit:)`` naming the file and line.
  mutating func checkRowLimit(file: String, line: Int) throws(IngestError) {
    guard let allowance = options.rowAllowance else { return }
    defer { rowsCounted = rowCount }
    if !allowance.keep(rowCount - rowsCounted) {
      throw IngestError(.tooManyRows(limit: allowance.limit), file: file, line: line)
    }
  }

  /// The name of the first file read, which decides the columns.
  var firstFileName: String { files.first?.source.name ?? "" }

  /// The missing-value matcher of ``options``.
  var missingValues: MissingValues { MissingValues(options.missingValues) }

  /// Starts a file and checks its column names (header or JSON keys).
  ///
  /// - Parameters:
  ///   - source: The file.
  ///   - format: Its format.
  ///   - header: Its column names in file order, or nil for JSON Lines (columns come later).
  /// - Returns: For each header position, the column it fills, or -1 when it is not kept.
  /// - Throws: ``IngestError`` for a repeated, empty or required-but-absent name, or a column
  ///   set that differs from the first file's.
  mutating func beginFile(_ source: InputSource, format: FileFormat, header: [String]?)
    throws(IngestError) -> [Int]
  {
    let file = source.name
    files.append(FileRecord(source: source, format: format, firstRow: rowCount))
    guard let header else { return [] }
    let seen = try DelimitedHeader.positions(of: header, file: file)
    for (index, name) in header.enumerated() where name.isEmpty && options.keeps(name) {
      throw IngestError(.unnamedColumn, file: file, line: 1, column: index + 1)
    }
    for name in options.required where seen[name] == nil {
      throw IngestError(.missingColumn(available: header), file: file, line: 1, columnName: name)
    }
    var slots: [Int] = []
    for (index, name) in header.enumerated() {
      slots.append(options.keeps(name) ? try slot(for: name, file: file, column: index + 1) : -1)
    }
    if files.count > 1 {
      for name in names where seen[name] == nil {
        throw IngestError(
          .columnMissingFromFile(firstFile: firstFileName), file: file, line: 1,
          columnName: name)
      }
    }
    return slots
  }

  /// The column for a kept name, created (with missing values for earlier rows) when the first
  /// file introduces it.
  ///
  /// - Parameters:
  ///   - name: The column name.
  ///   - file: The file being read, for errors.
  ///   - column: The 1-based position in the file, for errors.
  ///   - line: The line where the name appears.
  /// - Returns: The column's index in ``builders``.
  /// - Throws: ``IngestError`` when a later file brings a new column, or the name is declared
  ///   with two kinds.
  mutating func slot(for name: String, file: String, column: Int?, line: Int = 1)
    throws(IngestError) -> Int
  {
    if let existing = names.firstIndex(of: name) { return existing }
    guard files.count <= 1 else {
      throw IngestError(
        .columnNotInEarlierFiles(firstFile: firstFileName), file: file, line: line,
        column: column, columnName: name)
    }
    let kind = try options.declaredKind(of: name, file: file) ?? .inferred
    var builder = ColumnBuilder(kind: kind)
    builder.appendMissing(rowCount)
    names.append(name)
    builders.append(builder)
    return builders.count - 1
  }

  /// Records the rows a file left out; fails the read when bad rows fail it.
  ///
  /// - Throws: The first problem, with the others as further problems, when the policy is
  ///   ``BadRowPolicy/fail`` and there were any.
  mutating func finishFile(problems: [IngestError], problemCount: Int, rejectedRecords: [Int])
    throws(IngestError)
  {
    guard problemCount > 0, let first = problems.first else { return }
    switch options.onBadRows {
    case .fail:
      var error = first
      error.furtherProblems = Array(problems.dropFirst())
      error.reachedProblemLimit = problemCount >= options.problemLimit
      throw error
    case .skip:
      skippedRows += problemCount
      skipReasons += problems.prefix(max(0, options.problemLimit - skipReasons.count))
      files[files.count - 1].rejectedRecords = rejectedRecords
    }
  }

  /// The finished table and its statistics.
  ///
  /// - Precondition: No column still waits for recovered text.
  func result() -> ReadResult {
    ReadResult(
      table: Table(names: names, columns: builders.map { $0.column() }),
      skippedRows: skippedRows, skipReasons: skipReasons, files: files.map(\.source.name),
      bytesRead: bytesRead)
  }
}
