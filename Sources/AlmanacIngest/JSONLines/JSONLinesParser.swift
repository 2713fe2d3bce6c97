#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses the lines of one JSON Lines file into a ``TableAssembly``, keeping the state that spans
/// blocks: which key goes to which column, and which columns the file has shown.
///
/// Each non-blank line is one object. A key is a column; a key absent from a line, or `null`, is a
/// missing value. Strings, numbers and booleans become the cell text they spell (`true`, `12.5`)
/// and are typed like CSV cells, so a JSON string `"12.5"` in a numeric column reads as 12.5.
/// In the first file a new key adds a column (earlier rows get missing values); in later files
/// it is an error, as in CSV.
struct JSONLinesParser {
  private let file: String
  private let missing: MissingValues
  private let options: ReadOptions
  /// The column of each key met so far, or -1 when not kept.
  private var slotsByKey: [String: Int] = [:]
  /// The keys of the previous line by position, with their columns: lines usually repeat them.
  private var recentKeys: [[UInt8]] = []
  private var recentSlots: [Int] = []
  /// Which columns this file has shown, and the keys it has, for the end-of-file checks.
  private(set) var seenSlots: [Bool] = []
  private(set) var seenKeys: [String] = []
  /// The member of the current line for each column, or -1.
  private var memberOfSlot: [Int] = []
  /// The line of the file's first object.
  private(set) var firstObjectLine: Int?
  private var members: [JSONMember] = []
  private var scratch: [UInt8] = []

  /// Creates the parser of one file.
  init(file: String, options: ReadOptions) {
    self.file = file
    self.options = options
    missing = MissingValues(options.missingValues)
  }

  /// Parses the complete lines of `bytes` from `start`.
  ///
  /// - Returns: Where parsing stopped (the start of an incomplete line, or the end) and what it
  ///   found; lines counted from `firstLine`, records from 0.
  mutating func parse(
    _ bytes: UnsafeRawBufferPointer, from start: Int, isFinal: Bool, firstLine: Int,
    into table: inout TableAssembly
  ) -> ChunkProgress {
    var progress = ChunkProgress(start: start)
    guard let base = bytes.baseAddress else { return progress }
    var position = start
    while position < bytes.count {
      let line = firstLine + progress.lineBreaks
      let lineFeed = memchr(base + position, Int32(UInt8(ascii: "\n")), bytes.count - position)
      let lineEnd = lineFeed.map { UnsafeRawPointer($0) - base } ?? bytes.count
      guard lineFeed != nil || isFinal else {
        if bytes.count - position > options.maximumRecordBytes {
          progress.fatal = IngestError(
            .recordTooLong(limit: options.maximumRecordBytes), file: file, line: line)
        }
        return progress
      }
      guard lineEnd - position <= options.maximumRecordBytes else {
        progress.fatal = IngestError(
          .recordTooLong(limit: options.maximumRecordBytes), file: file, line: line)
        return progress
      }
      let lineStart = position
      position = min(lineEnd + 1, bytes.count)
      progress.end = position
      if lineFeed != nil { progress.lineBreaks += 1 }
      guard !isBlank(bytes, from: lineStart, to: lineEnd) else { continue }
      if firstObjectLine == nil { firstObjectLine = line }
      let record = progress.records
      progress.records += 1
      do throws(IngestError) {
        if let problem = try appendRow(
          bytes, from: lineStart, to: lineEnd, line: line, into: &table)
        {
          progress.reject(problem, record: record, keepingAtMost: options.problemLimit)
          if options.onBadRows == .fail && progress.problemCount >= options.problemLimit {
            return progress
          }
        } else {
          progress.rows += 1
        }
      } catch {
        progress.fatal = error
        return progress
      }
    }
    return progress
  }

  /// Appends one object line as a row; returns the problem when the row is rejected.
  ///
  /// - Throws: A problem that stops the file (a key not in earlier files).
  private mutating func appendRow(
    _ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, line: Int,
    into table: inout TableAssembly
  ) throws(IngestError) -> IngestError? {
    if case .invalid(let expected, let position) = JSONObjectScanner.scan(
      bytes, from: start, to: end, into: &members)
    {
      let shown = CellText.escaped(
        UnsafeRawBufferPointer(rebasing: bytes[position..<min(end, position + 20)]))
      return IngestError(
        .invalidJSON(expected: expected), file: file, line: line, column: position - start + 1,
        value: shown)
    }
    memberOfSlot.removeAll(keepingCapacity: true)
    for (index, member) in members.enumerated() {
      let slot = try self.slot(of: member, at: index, bytes: bytes, line: line, table: &table)
      guard slot >= 0 else { continue }
      if slot >= memberOfSlot.count {
        memberOfSlot += repeatElement(-1, count: table.builders.count - memberOfSlot.count)
        seenSlots += repeatElement(false, count: table.builders.count - seenSlots.count)
      }
      seenSlots[slot] = true
      let name = table.names[slot]
      guard memberOfSlot[slot] < 0 else {
        return IngestError(.duplicateKey, file: file, line: line, columnName: name)
      }
      guard member.kind != .nested else {
        return IngestError(.nestedValue, file: file, line: line, columnName: name)
      }
      memberOfSlot[slot] = index
    }
    let rowCount = table.rowCount
    var staged: [Int] = []
    for slot in table.builders.indices {
      let index = memberOfSlot[safe: slot] ?? -1
      let outcome: ColumnBuilder.Outcome
      if index < 0 || members[index].kind == .null {
        outcome = table.builders[slot].appendMissingValue()
      } else if let cellOutcome = appendCell(
        members[index], bytes: bytes, to: &table.builders[slot])
      {
        outcome = cellOutcome
      } else {
        let problem = IngestError(
          .invalidJSON(expected: "a valid escape sequence"), file: file, line: line,
          columnName: table.names[slot])
        for column in table.builders.indices { table.builders[column].rollBack(toCount: rowCount) }
        return problem
      }
      switch outcome {
      case .stored: continue
      case .staged: staged.append(slot)
      case .rejected(let rejection):
        for column in table.builders.indices { table.builders[column].rollBack(toCount: rowCount) }
        let reason = table.builders[slot].reason(for: rejection)
        var problem = IngestError(reason, file: file, line: line, columnName: table.names[slot])
        if index >= 0 {
          let member = members[index]
          problem.value = CellText.escaped(
            UnsafeRawBufferPointer(rebasing: bytes[member.valueStart..<member.valueEnd]))
        }
        return problem
      }
    }
    for slot in staged { table.builders[slot].commitStagedText() }
    table.rowCount += 1
    return nil
  }

  /// Types a member's value into a column; nil when a string escape is malformed.
  private mutating func appendCell(
    _ member: JSONMember, bytes: UnsafeRawBufferPointer, to builder: inout ColumnBuilder
  ) -> ColumnBuilder.Outcome? {
    let content = UnsafeRawBufferPointer(rebasing: bytes[member.valueStart..<member.valueEnd])
    guard member.kind == .string(escaped: true) else {
      return builder.append(content, missing: missing)
    }
    guard JSONStringDecoder.decode(content, into: &scratch) else { return nil }
    return scratch.withUnsafeBytes { builder.append($0, missing: missing) }
  }

  /// The column of a member's key, or -1 when it is not kept.
  private mutating func slot(
    of member: JSONMember, at position: Int, bytes: UnsafeRawBufferPointer, line: Int,
    table: inout TableAssembly
  ) throws(IngestError) -> Int {
    let key = UnsafeRawBufferPointer(rebasing: bytes[member.keyStart..<member.keyEnd])
    if position < recentKeys.count && recentKeys[position].elementsEqual(key) {
      return recentSlots[position]
    }
    var keyBytes = Array(key)
    if member.keyIsEscaped {
      guard JSONStringDecoder.decode(key, into: &scratch) else {
        throw IngestError(.invalidJSON(expected: "a valid escape sequence"), file: file, line: line)
      }
      keyBytes = scratch
    }
    let name = keyBytes.withUnsafeBytes {
      UTF8Validation.isValid($0) ? String(decoding: $0, as: UTF8.self) : nil
    }
    guard let name else {
      throw IngestError(.invalidUTF8, file: file, line: line, value: CellText.escaped(keyBytes))
    }
    let slot: Int
    if let known = slotsByKey[name] {
      slot = known
    } else {
      seenKeys.append(name)
      if !options.keeps(name) {
        slot = -1
      } else {
        if case .timestamp = try options.declaredKind(of: name, file: file), table.rowCount > 0,
          !table.names.contains(name)
        {
          throw IngestError(
            .missingValue, file: file, line: firstObjectLine ?? line, columnName: name)
        }
        slot = try table.slot(for: name, file: file, column: nil, line: line)
      }
      slotsByKey[name] = slot
    }
    if position >= recentKeys.count {
      recentKeys.append(Array(key))
      recentSlots.append(slot)
    } else {
      recentKeys[position] = Array(key)
      recentSlots[position] = slot
    }
    return slot
  }

  private func isBlank(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Bool {
    (start..<end).allSatisfy { [0x20, 0x09, 0x0D].contains(bytes[$0]) }
  }
}
