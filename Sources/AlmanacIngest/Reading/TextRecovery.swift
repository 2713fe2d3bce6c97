/// Reads the files of a table again to recover the text of rows that held numbers before their
/// inferred column turned into text (see ``ColumnBuilder``).
///
/// Only files with such a column need this second pass; it reads records exactly as the first
/// pass did (same header, blank lines and left-out rows), so row numbers line up.
enum TextRecovery {
  /// Recovers every ``ColumnBuilder/unrecoveredText`` code of `table`.
  ///
  /// - Throws: ``IngestError`` if a file can no longer be read, or no longer holds the rows it
  ///   held the first time.
  static func recover(_ table: inout TableAssembly) async throws(IngestError) {
    let pending = table.builders.indices.filter { table.builders[$0].hasUnrecoveredText }
    for (index, file) in table.files.enumerated() {
      var blocks = BlockReader(try file.source.open())
      try blocks.fill()
      blocks.skipByteOrderMark()
      var visitor = RowVisitor(file: file, pending: pending, firstRow: file.firstRow)
      switch file.format {
      case .csv, .tsv: try visitor.visitDelimited(&blocks, format: file.format, table: &table)
      case .jsonLines: try visitor.visitJSONLines(&blocks, table: &table)
      }
      // The file's rows of the first reading, which the second must have recovered.
      let end = index + 1 < table.files.count ? table.files[index + 1].firstRow : table.rowCount
      let rows = file.firstRow..<end
      let unrecovered = pending.first { slot in
        table.builders[slot].codes[rows].contains(ColumnBuilder.unrecoveredText)
      }
      if visitor.row != end || unrecovered != nil {
        throw IngestError(
          .unreadable("the file changed while it was read"), file: file.source.name,
          columnName: unrecovered.map { table.names[$0] })
      }
    }
    for slot in pending where !table.builders[slot].finishRecovery() {
      throw IngestError(
        .unreadable("the files changed while they were read"), file: table.firstFileName,
        columnName: table.names[slot])
    }
  }
}

/// Walks the accepted rows of one file, handing the text of pending cells to their columns.
private struct RowVisitor {
  let file: TableAssembly.FileRecord
  let pending: [Int]
  /// The table row of the next accepted record.
  var row: Int
  private var record = 0
  private var nextRejected = 0

  init(file: TableAssembly.FileRecord, pending: [Int], firstRow: Int) {
    self.file = file
    self.pending = pending
    row = firstRow
  }

  /// Counts a record; true when it was accepted (and so is the table's row ``row``).
  private mutating func acceptsRecord() -> Bool {
    defer { record += 1 }
    if nextRejected < file.rejectedRecords.count && file.rejectedRecords[nextRejected] == record {
      nextRejected += 1
      return false
    }
    return true
  }

  private func recover(_ cell: UnsafeRawBufferPointer, slot: Int, table: inout TableAssembly) {
    if table.builders[slot].codes[row] == ColumnBuilder.unrecoveredText {
      table.builders[slot].recoverText(cell, row: row)
    }
  }

  mutating func visitDelimited(
    _ blocks: inout BlockReader, format: FileFormat, table: inout TableAssembly
  ) throws(IngestError) {
    let scanner = DelimitedScanner(format: format)
    var line = 1
    let header = try DelimitedFileReader.readHeader(
      &blocks, format: format, line: &line, file: file.source.name, table.options)
    let fields = pending.map { header.firstIndex(of: table.names[$0]) ?? -1 }
    var spans = FieldList()
    var content = FieldContent()
    while !blocks.isExhausted {
      let isFinal = blocks.isFinal
      var position = blocks.start
      blocks.withBytes { bytes in
        while position < bytes.count,
          case .record(let end, _) = scanner.scan(
            bytes, from: position, isFinal: isFinal, into: &spans)
        {
          position = end
          guard !spans.isBlankLine, acceptsRecord() else { continue }
          for (slot, field) in zip(pending, fields) where field >= 0 {
            recover(content.of(spans[field], in: bytes), slot: slot, table: &table)
          }
          row += 1
        }
      }
      blocks.start = position
      if !blocks.isExhausted { try blocks.fill() }
    }
  }

  mutating func visitJSONLines(_ blocks: inout BlockReader, table: inout TableAssembly)
    throws(IngestError)
  {
    let names = pending.map { table.names[$0] }
    var members: [JSONMember] = []
    var key: [UInt8] = []
    var value: [UInt8] = []
    while !blocks.isExhausted {
      let isFinal = blocks.isFinal
      var position = blocks.start
      blocks.withBytes { bytes in
        while position < bytes.count {
          guard
            let lineEnd = bytes[position...].firstIndex(of: UInt8(ascii: "\n"))
              ?? (isFinal ? bytes.count : nil)
          else { return }
          let start = position
          position = min(lineEnd + 1, bytes.count)
          guard bytes[start..<lineEnd].contains(where: { ![0x20, 0x09, 0x0D].contains($0) }),
            acceptsRecord()
          else { continue }
          _ = JSONObjectScanner.scan(bytes, from: start, to: lineEnd, into: &members)
          for member in members {
            let keyBytes = UnsafeRawBufferPointer(rebasing: bytes[member.keyStart..<member.keyEnd])
            guard JSONStringDecoder.decode(keyBytes, into: &key),
              let index = names.firstIndex(where: { $0.utf8.elementsEqual(key) })
            else { continue }
            let content = UnsafeRawBufferPointer(
              rebasing: bytes[member.valueStart..<member.valueEnd])
            guard JSONStringDecoder.decode(content, into: &value) else { continue }
            value.withUnsafeBytes { recover($0, slot: pending[index], table: &table) }
          }
          row += 1
        }
      }
      blocks.start = position
      if !blocks.isExhausted { try blocks.fill() }
    }
  }
}
