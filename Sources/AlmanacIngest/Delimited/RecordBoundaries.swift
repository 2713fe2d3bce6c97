/// Finds places to cut a block of CSV or TSV into stretches that can be parsed at the same time.
///
/// A cut goes after a line feed that is outside quotes. Whether a byte is inside quotes is the
/// parity of the quotes before it since the block's start (a doubled quote counts twice, so it
/// changes nothing). A quote inside an unquoted field breaks that rule, so cuts are only
/// guesses: the parser of the stretch before a cut checks that its last record ends exactly at
/// the cut, and the block is parsed in one piece from there when it does not.
enum RecordBoundaries {
  /// Up to `parts - 1` cut offsets, increasing, near equal fractions of `bytes[start...]`.
  ///
  /// - Parameters:
  ///   - bytes: The block.
  ///   - start: The start of a record (outside quotes).
  ///   - parts: How many stretches are wanted.
  /// - Returns: Offsets just after a line feed; fewer than `parts - 1` when the block has too
  ///   few line feeds.
  /// - Complexity: O(*n*), one pass over the block.
  static func cuts(in bytes: UnsafeRawBufferPointer, from start: Int, parts: Int) -> [Int] {
    let quote = UInt8(ascii: "\"")
    let lineFeed = UInt8(ascii: "\n")
    var cuts: [Int] = []
    var index = start
    var insideQuotes = false
    for part in 1..<max(parts, 1) {
      let target = start + (bytes.count - start) * part / parts
      while index < target {
        if bytes[index] == quote { insideQuotes.toggle() }
        index += 1
      }
      while index < bytes.count && (bytes[index] != lineFeed || insideQuotes) {
        if bytes[index] == quote { insideQuotes.toggle() }
        index += 1
      }
      guard index < bytes.count else { break }
      index += 1
      cuts.append(index)
    }
    return cuts
  }
}
