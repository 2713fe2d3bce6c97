/// A problem found while reading an export, located as precisely as the input allows.
///
/// Every error names its file; errors about a cell also name the 1-based line where the cell
/// starts, the 1-based column number, the column's name and the offending value (escaped and
/// shortened, so a 5 MB cell or a control character never reaches a terminal or a log as is).
/// The wording lives in one place, ``description``, which renders
/// `path:line:column: error: message`, then `  hint: ...` when there is a hint.
///
/// With ``BadRowPolicy/fail``, the reader gathers the bad rows of a file up to a cap before it
/// throws; the first one is the error itself and the others are in ``furtherProblems``, so one run
/// shows every broken row.
public struct IngestError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file (or pattern, or registry folder) the problem is in, as the caller named it.
  public var file: String
  /// The 1-based line where the offending record or cell starts, when known.
  public var line: Int?
  /// The 1-based column number (field position in the record), when known.
  public var column: Int?
  /// The name of the column, when known.
  public var columnName: String?
  /// The offending value, escaped and shortened by ``CellText``, when there is one.
  public var value: String?
  /// What went wrong; decides the wording.
  public var reason: Reason
  /// Later problems of the same file, in file order, gathered before failing.
  public var furtherProblems: [IngestError]
  /// Whether the reader stopped gathering because it reached its cap.
  public var reachedProblemLimit: Bool

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - reason: What went wrong.
  ///   - file: The file, pattern or folder the problem is in.
  ///   - line: The 1-based line, when known.
  ///   - column: The 1-based column number, when known.
  ///   - columnName: The column's name, when known.
  ///   - value: The offending value, already passed through ``CellText``.
  public init(
    _ reason: Reason, file: String, line: Int? = nil, column: Int? = nil,
    columnName: String? = nil, value: String? = nil
  ) {
    self.reason = reason
    self.file = file
    self.line = line
    self.column = column
    self.columnName = columnName
    self.value = value
    self.furtherProblems = []
    self.reachedProblemLimit = false
  }

  /// Why a read failed.
  ///
  /// The associated values are what the message needs besides the location.
  public enum Reason: Equatable, Sendable {
    // Files and patterns.
    /// The path does not exist.
    case noSuchFile
    /// The operating system refused to open or read the file; the payload is its message.
    case unreadable(String)
    /// A glob pattern matched no file.
    case noMatch
    /// The path is a pipe, a device or a socket, not a file.
    case notARegularFile
    /// The format cannot be told from the file name.
    case unknownFormat
    /// The name ends in `.gz` but the content does not start with the gzip signature.
    case notGzip
    /// The gzip stream is damaged; the payload is zlib's message.
    case corruptGzip(String)
    /// The gzip stream ends before its trailer.
    case truncatedGzip
    /// The file holds no bytes (or only a byte-order mark or blank lines); the payload is its
    /// format, which decides what was expected.
    case emptyFile(FileFormat)
    /// None of the files holds a data row.
    case noRows

    // Records.
    /// A record (line) is longer than the configured limit, in bytes.
    case recordTooLong(limit: Int)
    /// The read holds more rows than ``ReadOptions/maximumRows``.
    case tooManyRows(limit: Int)
    /// A quoted field runs to the end of the file.
    case unclosedQuote
    /// Text follows the closing quote of a quoted field.
    case textAfterQuote
    /// A record has a different number of fields than the header.
    case raggedRow(found: Int, expected: Int)

    // Columns.
    /// Two header cells carry the same name; the payload is the first one's column number.
    case duplicateColumn(firstColumn: Int)
    /// A kept header cell is empty.
    case unnamedColumn
    /// A required column is absent; the payload lists the columns the file has.
    case missingColumn(available: [String])
    /// A column of the earlier files is absent from this one; the payload is the first file.
    case columnMissingFromFile(firstFile: String)
    /// This file has a column the earlier files lack; the payload is the first file.
    case columnNotInEarlierFiles(firstFile: String)
    /// The options declare one column with two kinds; the payload names both kinds.
    case conflictingDeclarations(String, String)

    // Cells.
    /// A cell of a numeric column is not a number.
    case notANumber
    /// A cell of a timestamp column cannot be read in the configured format.
    case badTimestamp(TimestampFormat)
    /// A cell is not valid UTF-8.
    case invalidUTF8
    /// A required cell is empty or a missing-value token.
    case missingValue
    /// A cell of a date column is not a calendar date.
    case badDate
    /// A timestamp falls outside the days a report can cover: 0001-01-02 to 9999-12-25 (a day
    /// inside the calendar at each end, for time zones).
    case dateOutOfRange
    /// A number is beyond the largest magnitude accepted for the column (money: 10¹⁵).
    case numberOutOfRange(limit: String)

    // JSON.
    /// The JSON is malformed; the payload says what was expected where it broke.
    case invalidJSON(expected: String)
    /// A JSON Lines value is an object or array, which has no column to go to.
    case nestedValue
    /// A JSON object repeats a key.
    case duplicateKey
    /// A JSON document cannot be parsed; the payload is the parser's explanation.
    case malformedJSON(String)
    /// A JSON field has the wrong type; `keyPath` is like `model_versions[3].version`.
    case wrongType(keyPath: String, expected: String)
    /// A JSON field that must be present is absent.
    case missingKey(keyPath: String)

    // Registries and billing.
    /// A header names a column the reader does not know; the payload lists the accepted names.
    case unknownColumn(accepted: [String])
    /// A model version appears twice; the payload is the line of the first one.
    case duplicateVersion(firstLine: Int)
    /// The currency differs from the one the files started with.
    case mixedCurrency(first: String, firstFile: String, firstLine: Int)
    /// A currency cell is not a three-letter ISO 4217 code.
    case notACurrency
  }
}
