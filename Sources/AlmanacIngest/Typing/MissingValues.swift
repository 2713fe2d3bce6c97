/// The set of cell texts that mean "no value", matched on raw bytes.
struct MissingValues: Sendable {
  private let tokens: [[UInt8]]
  private let includesEmpty: Bool
  private let longest: Int
  /// Which bytes start a token, as a 256-bit set: most cells (numbers, names) are rejected by
  /// their first byte without comparing anything.
  private let firstBytes: (UInt64, UInt64, UInt64, UInt64)

  /// Creates a matcher for `tokens`.
  init(_ tokens: Set<String>) {
    let nonEmpty = tokens.map { Array($0.utf8) }.filter { !$0.isEmpty }
    self.tokens = nonEmpty.sorted { $0.lexicographicallyPrecedes($1) }
    includesEmpty = tokens.contains("")
    longest = nonEmpty.map(\.count).max() ?? 0
    var words: [UInt64] = [0, 0, 0, 0]
    for token in nonEmpty { words[Int(token[0] >> 6)] |= 1 << UInt64(token[0] & 63) }
    firstBytes = (words[0], words[1], words[2], words[3])
  }

  /// Whether `cell` is one of the tokens.
  ///
  /// - Complexity: O(1) for cells longer than the longest token or starting with a byte no token
  ///   starts with, which is nearly every cell.
  @inline(__always)
  func matches(_ cell: UnsafeRawBufferPointer) -> Bool {
    if cell.count == 0 { return includesEmpty }
    guard cell.count <= longest else { return false }
    let first = cell[0]
    let word: UInt64
    switch first >> 6 {
    case 0: word = firstBytes.0
    case 1: word = firstBytes.1
    case 2: word = firstBytes.2
    default: word = firstBytes.3
    }
    guard word & (1 << UInt64(first & 63)) != 0 else { return false }
    for token in tokens where token.count == cell.count {
      if token.withUnsafeBytes({ $0.elementsEqual(cell) }) { return true }
    }
    return false
  }
}
