/// How to read prediction logs and reference data into a ``Table``.
///
/// Column kinds are declared here or inferred from the cells (DESIGN.md): a column whose cells
/// are all numbers or missing is numeric; any other text makes it categorical (with the exact
/// text of every cell, numbers included, as levels); and a numeric column whose values are all
/// integers, with at most ten distinct ones, is categorical unless declared numeric. Timestamp
/// columns are always declared, with their format; they have no missing value.
public struct ReadOptions: Sendable, Equatable {
  /// Cell texts that mean "no value", compared exactly (case matters) after unquoting.
  public var missingValues: Set<String>
  /// Columns read as categories whatever their cells look like.
  public var categorical: Set<String>
  /// Columns read as numbers; a cell that is not a number is a bad row.
  public var numeric: Set<String>
  /// Columns read as instants, with the format of each; a missing or unreadable cell is a bad row.
  public var timestamps: [String: TimestampFormat]
  /// The only columns kept, or nil to keep every column.
  ///
  /// Names absent from the files are ignored;
  /// list them in ``required`` as well to insist on them.
  public var keep: Set<String>?
  /// Columns every file must have; a file without one is an error naming the columns it has.
  public var required: [String]
  /// What to do with a row that cannot be read.
  public var onBadRows: BadRowPolicy
  /// The format of every file, or nil to tell it from each file's extension.
  public var format: FileFormat?
  /// The longest record accepted, in bytes; a longer one (often an unclosed quote) is an error.
  public var maximumRecordBytes: Int
  /// How many bad rows are gathered before failing, or kept as reasons when skipping.
  public var problemLimit: Int
  /// How many chunks of a large block are parsed at once (one per core is right).
  public var concurrency: Int
  /// The rows this read may keep, shared with the reads that run beside it, or nil for no limit.
  ///
  /// A small compressed file can inflate to billions of rows, and memory grows with each row
  /// kept. Checked after each block of at most 8 MiB, so a read stops within one block of the
  /// limit.
  public var rowAllowance: RowAllowance?

  /// The missing-value tokens of DESIGN.md: empty, `NA`, `N/A`, `null` and `NaN`.
  public static let defaultMissingValues: Set<String> = ["", "NA", "N/A", "null", "NaN"]

  /// Creates options; every parameter has the documented default.
  ///
  /// - Parameters:
  ///   - missingValues: Cell texts that mean "no value".
  ///   - categorical: Columns read as categories.
  ///   - numeric: Columns read as numbers.
  ///   - timestamps: Columns read as instants, with their formats.
  ///   - keep: The only columns kept, or nil for all.
  ///   - required: Columns every file must have.
  ///   - onBadRows: Fail (the default) or skip bad rows.
  ///   - format: The format of every file, or nil to go by extension.
  ///   - maximumRecordBytes: The longest record accepted; 1 MiB by default.
  ///   - problemLimit: Bad rows gathered or kept as reasons; 10 by default.
  ///   - concurrency: Chunks parsed at once; 2 by default.
  ///   - rowAllowance: The rows the read may keep, with the reads sharing it; no limit by
  ///     default.
  public init(
    missingValues: Set<String> = defaultMissingValues,
    categorical: Set<String> = [],
    numeric: Set<String> = [],
    timestamps: [String: TimestampFormat] = [:],
    keep: Set<String>? = nil,
    required: [String] = [],
    onBadRows: BadRowPolicy = .fail,
    format: FileFormat? = nil,
    maximumRecordBytes: Int = 1 << 20,
    problemLimit: Int = 10,
    concurrency: Int = 2,
    rowAllowance: RowAllowance? = nil
  ) {
    self.missingValues = missingValues
    self.categorical = categorical
    self.numeric = numeric
    self.timestamps = timestamps
    self.keep = keep
    self.required = required
    self.onBadRows = onBadRows
    self.format = format
    self.maximumRecordBytes = maximumRecordBytes
    self.problemLimit = problemLimit
    self.concurrency = concurrency
    self.rowAllowance = rowAllowance
  }

  /// Whether a column with this name is read at all.
  func keeps(_ name: String) -> Bool { keep?.contains(name) ?? true }

  /// The declared kind of a column, or nil when its kind is inferred.
  ///
  /// - Throws: ``IngestError/Reason/conflictingDeclarations(_:_:)`` when the name is declared with
  ///   two kinds; `file` names the file being read.
  func declaredKind(of name: String, file: String) throws(IngestError) -> ColumnKind? {
    var kinds: [(String, ColumnKind)] = []
    if categorical.contains(name) { kinds.append(("categorical", .categorical)) }
    if numeric.contains(name) { kinds.append(("numeric", .numeric)) }
    if let format = timestamps[name] { kinds.append(("a timestamp", .timestamp(format))) }
    if kinds.count > 1 {
      throw IngestError(
        .conflictingDeclarations(kinds[0].0, kinds[1].0), file: file, columnName: name)
    }
    return kinds.first?.1
  }
}
