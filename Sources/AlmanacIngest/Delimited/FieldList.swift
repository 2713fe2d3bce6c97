/// One field of a record: a byte range in the block, without its surrounding quotes.
struct FieldSpan: Sendable {
  /// How the field was written.
  enum Quoting: UInt8, Sendable {
    /// Unquoted.
    case plain
    /// Quoted, with no doubled quote inside: the range is the content as is.
    case quoted
    /// Quoted with doubled quotes inside, which must be undoubled.
    case escaped
  }

  /// The first byte of the content.
  var start: Int
  /// One past the last byte of the content.
  var end: Int
  /// How the field was written.
  var quoting: Quoting
}

/// The fields of one record, in memory owned by this value and reused record after record.
///
/// A plain array would check its uniqueness on every append, that is for every field of the
/// file; this list appends with one comparison. Noncopyable, so the memory has one owner.
struct FieldList: ~Copyable {
  private var spans: UnsafeMutablePointer<FieldSpan>
  private var capacity: Int
  /// The number of fields.
  private(set) var count = 0

  /// Creates an empty list.
  init() {
    capacity = 64
    spans = .allocate(capacity: capacity)
  }

  deinit { spans.deallocate() }

  /// The field at `index`, which must be below ``count``.
  subscript(index: Int) -> FieldSpan {
    precondition(index >= 0 && index < count, "field \(index) of \(count)")
    return spans[index]
  }

  /// Whether the record is an empty line, which readers skip.
  var isBlankLine: Bool {
    count == 1 && spans[0].quoting == .plain && spans[0].start == spans[0].end
  }

  /// Empties the list, keeping its memory.
  mutating func removeAll() { count = 0 }

  /// Adds a field.
  @inline(__always)
  mutating func append(_ span: FieldSpan) {
    if count == capacity { grow() }
    (spans + count).initialize(to: span)
    count += 1
  }

  private mutating func grow() {
    let larger = UnsafeMutablePointer<FieldSpan>.allocate(capacity: 2 * capacity)
    larger.moveInitialize(from: spans, count: count)
    spans.deallocate()
    spans = larger
    capacity *= 2
  }
}
