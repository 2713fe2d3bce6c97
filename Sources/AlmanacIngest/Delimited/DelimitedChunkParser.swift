/// How the fields of one delimited file map to the table's columns.
struct DelimitedLayout: Sendable {
  /// The file, for errors.
  let file: String
  /// The header's names, by field position.
  let names: [String]
  /// The column (builder index) of each field, or -1 when the field is not kept.
  let slots: [Int]
  /// The record splitter.
  let scanner: DelimitedScanner
  /// The missing-value tokens.
  let missing: MissingValues
  /// The longest record accepted, in bytes.
  let maximumRecordBytes: Int
  /// Bad rows kept as problems.
  let problemLimit: Int
  /// Whether to stop at the problem limit (when bad rows fail the read).
  let stopsAtProblemLimit: Bool
}

/// Parses the data records of a stretch of a delimited file into typed columns.
enum DelimitedChunkParser {
  /// Parses records starting at `start` while they start before `limit`.
  ///
  /// A record that starts before `limit` is parsed whole even when it ends after it. Parsing
  /// stops early at a record that is not complete in `bytes` (unless `isFinal`), at a fatal
  /// problem, or at the problem limit when bad rows fail the read.
  ///
  /// - Parameters:
  ///   - bytes: The block.
  ///   - start: The start of a record.
  ///   - limit: Records starting at or after this offset are left alone.
  ///   - isFinal: Whether the block ends the file.
  ///   - firstLine: The 1-based line number of `start` (or 1 for a stretch numbered later).
  ///   - layout: The file's field mapping.
  ///   - builders: The table's columns, appended to.
  /// - Returns: Where parsing stopped and what it found.
  static func parse(
    _ bytes: UnsafeRawBufferPointer, from start: Int, recordsBefore limit: Int, isFinal: Bool,
    firstLine: Int, layout: DelimitedLayout, into builders: inout [ColumnBuilder]
  ) -> ChunkProgress {
    // Through a buffer pointer, appending to a column checks no uniqueness of the array of
    // columns: once per stretch instead of once per cell.
    builders.withUnsafeMutableBufferPointer { columns in
      parse(
        bytes, from: start, recordsBefore: limit, isFinal: isFinal, firstLine: firstLine,
        layout: layout, columns: columns)
    }
  }

  private static func parse(
    _ bytes: UnsafeRawBufferPointer, from start: Int, recordsBefore limit: Int, isFinal: Bool,
    firstLine: Int, layout: DelimitedLayout,
    columns builders: UnsafeMutableBufferPointer<ColumnBuilder>
  ) -> ChunkProgress {
    var progress = ChunkProgress(start: start)
    var fields = FieldList()
    var content = FieldContent()
    var staged: [Int] = []
    let keptFields = layout.slots.indices.filter { layout.slots[$0] >= 0 }
    var rowCount = builders.first?.count ?? 0
    var position = start
    while position < limit && position < bytes.count {
      let line = firstLine + progress.lineBreaks
      let outcome = layout.scanner.scan(bytes, from: position, isFinal: isFinal, into: &fields)
      let end: Int
      switch outcome {
      case .incomplete:
        if bytes.count - position > layout.maximumRecordBytes {
          progress.fatal = IngestError(
            .recordTooLong(limit: layout.maximumRecordBytes), file: layout.file, line: line)
        }
        return progress
      case .unclosedQuote(let fieldStart):
        progress.fatal = IngestError(
          .unclosedQuote, file: layout.file,
          line: line + DelimitedScanner.lineFeeds(in: bytes, from: position, to: fieldStart),
          column: fields.count + 1, columnName: layout.names[safe: fields.count])
        return progress
      case .textAfterQuote(let field, let at):
        progress.fatal = IngestError(
          .textAfterQuote, file: layout.file,
          line: line + DelimitedScanner.lineFeeds(in: bytes, from: position, to: at),
          column: field + 1, columnName: layout.names[safe: field])
        return progress
      case .record(let recordEnd, let lineBreaks):
        end = recordEnd
        guard end - position <= layout.maximumRecordBytes else {
          progress.fatal = IngestError(
            .recordTooLong(limit: layout.maximumRecordBytes), file: layout.file, line: line)
          return progress
        }
        progress.lineBreaks += lineBreaks
      }
      let recordStart = position
      position = end
      progress.end = end
      if fields.isBlankLine { continue }
      let record = progress.records
      progress.records += 1

      var problem: IngestError?
      if fields.count != layout.names.count {
        problem = raggedRow(fields, bytes: bytes, layout: layout, line: line, content: &content)
      } else {
        staged.removeAll(keepingCapacity: true)
        // Only an index and a one-byte reason live in this loop: it runs for every cell.
        var rejectedField = -1
        var rejection = ColumnBuilder.Rejection.notANumber
        cells: for field in keptFields {
          let slot = layout.slots[field]
          switch builders[slot].append(
            content.of(fields[field], in: bytes), missing: layout.missing)
          {
          case .stored: continue
          case .staged: staged.append(slot)
          case .rejected(let why):
            rejectedField = field
            rejection = why
            break cells
          }
        }
        if rejectedField >= 0 {
          let span = fields[rejectedField]
          problem = IngestError(
            builders[layout.slots[rejectedField]].reason(for: rejection), file: layout.file,
            line: line + DelimitedScanner.lineFeeds(in: bytes, from: recordStart, to: span.start),
            column: rejectedField + 1, columnName: layout.names[rejectedField],
            value: content.text(of: span, in: bytes))
        }
      }
      if let problem {
        for index in builders.indices { builders[index].rollBack(toCount: rowCount) }
        progress.reject(problem, record: record, keepingAtMost: layout.problemLimit)
        if layout.stopsAtProblemLimit && progress.problemCount >= layout.problemLimit {
          return progress
        }
      } else {
        for slot in staged { builders[slot].commitStagedText() }
        rowCount += 1
        progress.rows += 1
      }
    }
    return progress
  }

  private static func raggedRow(
    _ fields: borrowing FieldList, bytes: UnsafeRawBufferPointer, layout: DelimitedLayout,
    line: Int,
    content: inout FieldContent
  ) -> IngestError {
    let expected = layout.names.count
    var error = IngestError(
      .raggedRow(found: fields.count, expected: expected), file: layout.file, line: line,
      column: min(fields.count, expected) + 1)
    if fields.count > expected {
      error.value = content.text(of: fields[expected], in: bytes)
    } else {
      error.columnName = layout.names[fields.count]
    }
    return error
  }
}
