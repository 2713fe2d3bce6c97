/// Reads one CSV or TSV file into a ``TableAssembly``, block by block.
///
/// Memory holds one block (plus the record that straddles it) besides the columns. A large block
/// is cut at likely record boundaries (``RecordBoundaries``) and its stretches are parsed at the
/// same time, the first into the table's columns and the others into empty ones appended in
/// order afterwards, so the result, codes included, is the same as parsing in one piece.
enum DelimitedFileReader {
  /// Blocks smaller than this are parsed in one piece.
  static let parallelMinimum = 2 << 20

  /// Reads `source` and appends its rows to `table`.
  ///
  /// - Throws: ``IngestError`` for an unreadable or empty file, a bad header, a fatal record
  ///   problem, or bad rows when they fail the read.
  static func read(_ source: InputSource, format: FileFormat, into table: inout TableAssembly)
    async throws(IngestError)
  {
    let file = source.name
    let scanner = DelimitedScanner(format: format)
    var blocks = BlockReader(try source.open())
    try blocks.fill()
    blocks.skipByteOrderMark()
    var line = 1
    let header = try readHeader(&blocks, format: format, line: &line, file: file, table.options)
    let slots = try table.beginFile(source, format: format, header: header)
    let layout = DelimitedLayout(
      file: file, names: header, slots: slots, scanner: scanner, missing: table.missingValues,
      maximumRecordBytes: table.options.maximumRecordBytes,
      problemLimit: table.options.problemLimit,
      stopsAtProblemLimit: table.options.onBadRows == .fail)
    var total = ChunkProgress(start: 0)
    let headerBytes = blocks.start
    var hasReserved = false
    while true {
      let progress = await parseBlock(
        blocks.storage, count: blocks.count, from: blocks.start, isFinal: blocks.isFinal,
        firstLine: line,
        layout: layout, concurrency: table.options.concurrency, into: &table.builders)
      if let fatal = progress.fatal { throw fatal }
      table.rowCount += progress.rows
      line += progress.lineBreaks
      try table.checkRowLimit(file: file, line: line)
      blocks.start = progress.end
      total.append(
        progress.shifted(lines: 0, records: total.records), keepingAtMost: layout.problemLimit)
      let stopped = layout.stopsAtProblemLimit && total.problemCount >= layout.problemLimit
      if stopped || blocks.isExhausted { break }
      if !hasReserved, let size = blocks.estimatedSize, total.rows > 0 {
        // Rows to come, from the bytes per row so far, with 5% to spare.
        let parsed = Double(blocks.bytesRead - (blocks.count - blocks.start) - headerBytes)
        let rowsToCome =
          Double(max(0, size - blocks.bytesRead) + blocks.count - blocks.start)
          * Double(total.rows) / parsed
        for index in table.builders.indices {
          table.builders[index].reserveCapacity(table.rowCount + Int(1.05 * rowsToCome) + 64)
        }
        hasReserved = true
      }
      try blocks.fill()
    }
    table.bytesRead += blocks.bytesRead
    try table.finishFile(
      problems: total.problems, problemCount: total.problemCount,
      rejectedRecords: total.rejectedRecords)
  }

  /// Reads the header record (after any blank lines) as names.
  static func readHeader(
    _ blocks: inout BlockReader, format: FileFormat, line: inout Int, file: String,
    _ options: ReadOptions
  ) throws(IngestError) -> [String] {
    let scanner = DelimitedScanner(format: format)
    var fields = FieldList()
    while true {
      if blocks.isExhausted { throw IngestError(.emptyFile(format), file: file, line: line) }
      let start = blocks.start
      let isFinal = blocks.isFinal
      let currentLine = line
      // The header's names, or nil for a blank line (nil names) or too few bytes (nil result).
      let scanned: Result<(names: [String]?, end: Int, lineBreaks: Int)?, IngestError> =
        blocks.withBytes { bytes in
          switch scanner.scan(bytes, from: start, isFinal: isFinal, into: &fields) {
          case .incomplete:
            guard bytes.count - start <= options.maximumRecordBytes else {
              let limit = options.maximumRecordBytes
              return .failure(
                IngestError(.recordTooLong(limit: limit), file: file, line: currentLine))
            }
            return .success(nil)
          case .unclosedQuote:
            return .failure(
              IngestError(.unclosedQuote, file: file, line: currentLine, column: fields.count + 1))
          case .textAfterQuote(let field, _):
            return .failure(
              IngestError(.textAfterQuote, file: file, line: currentLine, column: field + 1))
          case .record(let end, let lineBreaks):
            if fields.isBlankLine { return .success((nil, end, lineBreaks)) }
            return names(of: fields, in: bytes, file: file, line: currentLine).map {
              ($0, end, lineBreaks)
            }
          }
        }
      guard let record = try scanned.get() else {
        try blocks.fill()
        continue
      }
      blocks.start = record.end
      line += record.lineBreaks
      if let names = record.names { return names }
    }
  }

  private static func names(
    of fields: borrowing FieldList, in bytes: UnsafeRawBufferPointer, file: String, line: Int
  ) -> Result<[String], IngestError> {
    var names: [String] = []
    var content = FieldContent()
    for index in 0..<fields.count {
      let field = fields[index]
      guard let name = content.string(of: field, in: bytes) else {
        return .failure(
          IngestError(
            .invalidUTF8, file: file, line: line, column: index + 1,
            value: content.text(of: field, in: bytes)))
      }
      names.append(name)
    }
    return .success(names)
  }
}
