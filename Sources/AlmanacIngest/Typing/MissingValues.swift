/// The set of cell texts that mean "no value", matched on raw bytes.
struct MissingValues: Sendable {
  private let tokens: [[UInt8]]
  private let includesEmpty: Bool
  private let longest: Int

  /// Creates a matcher for `tokens`.
  init(_ tokens: Set<String>) {
    let sorted = tokens.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    self.tokens = sorted.filter { !$0.isEmpty }
    includesEmpty = tokens.contains("")
    longest = sorted.map(\.count).max() ?? 0
  }

  /// Whether `cell` is one of the tokens.
  ///
  /// - Complexity: O(1) for cells longer than the longest token, which most cells are.
  @inline(__always)
  func matches(_ cell: UnsafeRawBufferPointer) -> Bool {
    if cell.count == 0 { return includesEmpty }
    guard cell.count <= longest else { return false }
    for token in tokens where token.count == cell.count {
      if token.elementsEqual(cell) { return true }
    }
    return false
  }
}
