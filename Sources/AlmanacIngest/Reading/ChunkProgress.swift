/// What parsing a stretch of a file produced besides the rows themselves.
///
/// Lines and record numbers are counted from the start of the stretch, so stretches parsed at
/// the same time can be put back in order afterwards (``shifted(lines:records:)``).
struct ChunkProgress: Sendable {
  /// Where parsing stopped: the start of the first record not parsed.
  var end: Int
  /// Line ends consumed.
  var lineBreaks = 0
  /// Data records consumed, accepted or not (blank lines excluded).
  var records = 0
  /// Rows accepted.
  var rows = 0
  /// The first bad rows, up to the problem limit.
  var problems: [IngestError] = []
  /// How many bad rows there were.
  var problemCount = 0
  /// The record numbers (0-based, counted like ``records``) of the bad rows.
  var rejectedRecords: [Int] = []
  /// A problem that stops the file (an unclosed quote, a record that is too long, ...).
  var fatal: IngestError?

  /// Creates the progress of a stretch starting at byte `start`.
  init(start: Int) { end = start }

  /// Records a bad row.
  mutating func reject(_ problem: IngestError, record: Int, keepingAtMost limit: Int) {
    problemCount += 1
    if problems.count < limit { problems.append(problem) }
    rejectedRecords.append(record)
  }

  /// Adds the progress of the stretch that follows this one (already ``shifted(lines:records:)``).
  mutating func append(_ later: ChunkProgress, keepingAtMost limit: Int) {
    end = later.end
    lineBreaks += later.lineBreaks
    records += later.records
    rows += later.rows
    problems += later.problems.prefix(max(0, limit - problems.count))
    problemCount += later.problemCount
    rejectedRecords += later.rejectedRecords
    fatal = later.fatal
  }

  /// The same progress with lines and record numbers counted from an earlier point.
  ///
  /// - Parameters:
  ///   - lines: Lines between that point and this stretch's start.
  ///   - records: Records between that point and this stretch's start.
  /// - Returns: The shifted progress.
  func shifted(lines: Int, records: Int) -> ChunkProgress {
    var copy = self
    copy.problems = problems.map { $0.shifted(lines: lines) }
    copy.fatal = fatal?.shifted(lines: lines)
    copy.rejectedRecords = rejectedRecords.map { $0 + records }
    return copy
  }
}

extension IngestError {
  /// The same error with its line number moved down by `lines`.
  func shifted(lines: Int) -> IngestError {
    var copy = self
    copy.line = line.map { $0 + lines }
    return copy
  }
}
