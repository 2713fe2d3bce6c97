/// Accumulates one column's cells as typed values, row by row.
///
/// An inferred column starts as numbers. Its first cell that is neither a number nor a missing
/// value turns it into text: earlier missing rows become code -1, and earlier numbers become
/// ``unrecoveredText`` (-2) until ``TableReader`` reads their text again (the text of a number
/// is not kept, to keep memory at eight bytes a row). The turn is staged and only happens when
/// the row is accepted, so a rejected row never changes a column's kind.
///
/// A row is appended cell by cell; when any cell of the row is rejected, every column is rolled
/// back to the row count before it (``rollBack(toCount:)``).
struct ColumnBuilder: Sendable {
  /// The code of a row that held a number before its column turned into text.
  static let unrecoveredText: Int32 = -2

  /// How the values are stored now.
  enum Storage: Sendable { case numbers, texts, instants }

  /// The outcome of appending a cell, kept to one byte since it is returned for every cell.
  enum Outcome: Equatable {
    /// The value is stored.
    case stored
    /// A placeholder is stored; call ``commitStagedText()`` once the row is accepted.
    case staged
    /// The cell cannot be read (see ``reason(for:)``); roll the row back.
    case rejected(Rejection)
  }

  /// Why a cell cannot be read.
  enum Rejection: Equatable {
    case notANumber, badTimestamp, invalidUTF8, missingValue, dateOutOfRange
  }

  /// The error reason for a rejection in this column.
  func reason(for rejection: Rejection) -> IngestError.Reason {
    switch (rejection, kind) {
    case (.notANumber, _): .notANumber
    case (.badTimestamp, .timestamp(let format)): .badTimestamp(format)
    case (.badTimestamp, _): .badTimestamp(.iso8601)
    case (.invalidUTF8, _): .invalidUTF8
    case (.missingValue, _): .missingValue
    case (.dateOutOfRange, _): .dateOutOfRange
    }
  }

  /// The declared or inferred kind.
  let kind: ColumnKind
  /// The storage in use.
  private(set) var storage: Storage
  /// Values when ``storage`` is ``Storage/numbers``; NaN is missing.
  private(set) var numbers: [Double] = []
  /// Codes when ``storage`` is ``Storage/texts``; -1 is missing.
  private(set) var codes: [Int32] = []
  /// Milliseconds since the epoch when ``storage`` is ``Storage/instants``.
  private(set) var instants: [Int64] = []
  /// The levels behind ``codes``.
  private(set) var dictionary = LevelDictionary()
  /// Whether some codes are ``unrecoveredText``.
  private(set) var hasUnrecoveredText = false
  /// The row whose append added the newest level, for roll-back; -1 when none is at risk.
  private var rowAddingLevel = -1
  /// The text that turns an inferred column into text when the current row is accepted.
  private var stagedText: [UInt8]?

  /// Creates an empty column of a kind.
  init(kind: ColumnKind) {
    self.kind = kind
    switch kind {
    case .inferred, .numeric: storage = .numbers
    case .categorical: storage = .texts
    case .timestamp: storage = .instants
    }
  }

  /// An empty builder of the same kind and storage, to parse a later stretch of rows in.
  func emptied() -> ColumnBuilder {
    var builder = ColumnBuilder(kind: kind)
    builder.storage = storage
    return builder
  }

  /// Makes room for `rows` rows in all, so columns are not copied as they grow.
  ///
  /// Memory that is reserved but never written is not resident, so a generous estimate costs
  /// nothing.
  mutating func reserveCapacity(_ rows: Int) {
    switch storage {
    case .numbers: numbers.reserveCapacity(rows)
    case .texts: codes.reserveCapacity(rows)
    case .instants: instants.reserveCapacity(rows)
    }
  }

  /// The number of rows.
  var count: Int {
    switch storage {
    case .numbers: numbers.count
    case .texts: codes.count
    case .instants: instants.count
    }
  }

  /// Types and appends one cell.
  ///
  /// - Parameters:
  ///   - cell: The cell's bytes, unquoted.
  ///   - missing: The missing-value tokens.
  /// - Returns: Whether the value is stored, staged or rejected (and why).
  @inline(__always)
  mutating func append(_ cell: UnsafeRawBufferPointer, missing: MissingValues) -> Outcome {
    switch storage {
    case .numbers:
      if missing.matches(cell) {
        numbers.append(.nan)
      } else if let value = NumberParser.parse(cell) {
        numbers.append(value)
      } else if kind == .inferred {
        guard UTF8Validation.isValid(cell) else { return .rejected(.invalidUTF8) }
        stagedText = Array(cell)
        numbers.append(.nan)
        return .staged
      } else {
        return .rejected(.notANumber)
      }
    case .texts:
      if missing.matches(cell) {
        codes.append(-1)
      } else if let (code, isNew) = dictionary.code(of: cell) {
        if isNew { rowAddingLevel = codes.count }
        codes.append(code)
      } else {
        return .rejected(.invalidUTF8)
      }
    case .instants:
      guard case .timestamp(let format) = kind else { return .rejected(.notANumber) }
      if missing.matches(cell) { return .rejected(.missingValue) }
      guard let milliseconds = TimestampParser.milliseconds(cell, format: format) else {
        return .rejected(.badTimestamp)
      }
      guard
        milliseconds >= TimestampParser.startOfReportableDays,
        milliseconds < TimestampParser.endOfReportableDays
      else {
        return .rejected(.dateOutOfRange)
      }
      instants.append(milliseconds)
    }
    return .stored
  }

  /// Appends a missing value (a JSON null or an absent key); a timestamp column rejects it.
  mutating func appendMissingValue() -> Outcome {
    switch storage {
    case .numbers: numbers.append(.nan)
    case .texts: codes.append(-1)
    case .instants: return .rejected(.missingValue)
    }
    return .stored
  }

  /// Turns the column into text now that the row holding the staged text is accepted.
  mutating func commitStagedText() {
    guard let text = stagedText else { return }
    stagedText = nil
    let row = numbers.count - 1
    codes = numbers.map { $0.isNaN ? -1 : Self.unrecoveredText }
    hasUnrecoveredText = codes.contains(Self.unrecoveredText)
    numbers = []
    storage = .texts
    codes[row] = text.withUnsafeBytes { dictionary.code(of: $0)?.code ?? -1 }
    rowAddingLevel = row
  }

  /// Removes the rows from `count` on (at most the current row), with any level it added.
  mutating func rollBack(toCount count: Int) {
    stagedText = nil
    switch storage {
    case .numbers: numbers.removeSubrange(min(count, numbers.count)...)
    case .instants: instants.removeSubrange(min(count, instants.count)...)
    case .texts:
      if rowAddingLevel >= count {
        dictionary.removeLast()
        rowAddingLevel = -1
      }
      codes.removeSubrange(min(count, codes.count)...)
    }
  }

  /// Appends the rows of another builder of the same kind, in order.
  ///
  /// Levels new to this column are added in the other's code order, so the codes of the merged
  /// column are in order of first appearance whatever the split of the rows was.
  ///
  /// - Complexity: O(rows + levels of `other`).
  mutating func append(contentsOf other: ColumnBuilder) {
    switch (storage, other.storage) {
    case (.numbers, .numbers): numbers += other.numbers
    case (.instants, .instants): instants += other.instants
    case (.numbers, .texts):
      turnIntoText()
      appendTexts(of: other)
    case (.texts, .numbers):
      codes += other.numbers.map { $0.isNaN ? -1 : Self.unrecoveredText }
      hasUnrecoveredText = hasUnrecoveredText || codes.contains(Self.unrecoveredText)
    case (.texts, .texts): appendTexts(of: other)
    default: preconditionFailure("merging \(other.storage) rows into a \(storage) column")
    }
    rowAddingLevel = -1
  }

  /// Sets the text of a row that held a number before the column turned into text.
  mutating func recoverText(_ text: UnsafeRawBufferPointer, row: Int) {
    codes[row] = dictionary.code(of: text)?.code ?? -1
  }

  /// Ends the recovery once ``recoverText(_:row:)`` has run for every ``unrecoveredText`` row.
  ///
  /// Recovered levels were added after levels that appear later in the rows, so the levels are
  /// renumbered to keep codes in order of first appearance.
  ///
  /// - Returns: False, changing nothing, when some row's text was not found (the file changed
  ///   between the two readings).
  mutating func finishRecovery() -> Bool {
    guard !codes.contains(Self.unrecoveredText) else { return false }
    hasUnrecoveredText = false
    dictionary = dictionary.renumbered(byFirstAppearanceIn: &codes)
    return true
  }

  /// Appends `count` missing values (for a JSON Lines key first seen after some rows).
  ///
  /// A timestamp column has no missing value; callers reject such rows instead.
  mutating func appendMissing(_ count: Int) {
    switch storage {
    case .numbers: numbers += repeatElement(.nan, count: count)
    case .texts: codes += repeatElement(-1, count: count)
    case .instants: precondition(count == 0, "\(count) missing values for a timestamp column")
    }
  }

  private mutating func turnIntoText() {
    codes = numbers.map { $0.isNaN ? -1 : Self.unrecoveredText }
    hasUnrecoveredText = codes.contains(Self.unrecoveredText)
    numbers = []
    storage = .texts
  }

  private mutating func appendTexts(of other: ColumnBuilder) {
    let mapping = dictionary.absorb(other.dictionary)
    codes.reserveCapacity(codes.count + other.codes.count)
    for code in other.codes { codes.append(code >= 0 ? mapping[Int(code)] : code) }
    hasUnrecoveredText = hasUnrecoveredText || other.hasUnrecoveredText
  }
}
