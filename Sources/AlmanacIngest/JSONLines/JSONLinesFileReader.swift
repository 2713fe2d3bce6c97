/// Reads one JSON Lines file into a ``TableAssembly``, block by block, on one core.
enum JSONLinesFileReader {
  /// Reads `source` and appends its rows to `table`.
  ///
  /// - Throws: ``IngestError`` for an unreadable or empty file, a key that is not in the earlier
  ///   files, a column of the earlier files or a required one that this file lacks, or bad rows
  ///   when they fail the read.
  static func read(_ source: InputSource, into table: inout TableAssembly) async throws(IngestError)
  {
    let file = source.name
    var blocks = BlockReader(try source.open())
    try blocks.fill()
    blocks.skipByteOrderMark()
    _ = try table.beginFile(source, format: .jsonLines, header: nil)
    var parser = JSONLinesParser(file: file, options: table.options)
    var total = ChunkProgress(start: 0)
    var line = 1
    while !blocks.isExhausted {
      let start = blocks.start
      let isFinal = blocks.isFinal
      let progress = blocks.withBytes {
        parser.parse($0, from: start, isFinal: isFinal, firstLine: line, into: &table)
      }
      if let fatal = progress.fatal { throw fatal }
      line += progress.lineBreaks
      try table.checkRowLimit(file: file, line: line)
      blocks.start = progress.end
      total.append(
        progress.shifted(lines: 0, records: total.records),
        keepingAtMost: table.options.problemLimit)
      if table.options.onBadRows == .fail && total.problemCount >= table.options.problemLimit {
        break
      }
      if !blocks.isExhausted { try blocks.fill() }
    }
    table.bytesRead += blocks.bytesRead
    guard let firstLine = parser.firstObjectLine else {
      throw IngestError(.emptyFile(.jsonLines), file: file, line: line)
    }
    try table.finishFile(
      problems: total.problems, problemCount: total.problemCount,
      rejectedRecords: total.rejectedRecords)
    for name in table.options.required where !parser.seenKeys.contains(name) {
      throw IngestError(
        .missingColumn(available: parser.seenKeys), file: file, line: firstLine, columnName: name)
    }
    for (slot, name) in table.names.enumerated() where !(parser.seenSlots[safe: slot] ?? false) {
      throw IngestError(
        .columnMissingFromFile(firstFile: table.firstFileName), file: file, line: firstLine,
        columnName: name)
    }
  }
}
