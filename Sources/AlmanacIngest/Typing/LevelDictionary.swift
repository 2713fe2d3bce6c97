#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The distinct texts of a categorical column, numbered from 0 in order of first appearance.
///
/// Texts are kept as bytes in one arena and found through an open-addressing table (linear
/// probing, load at most 1/2) of codes, so interning a cell allocates nothing unless the text is
/// new. Only new texts are checked for valid UTF-8.
struct LevelDictionary: Sendable {
  /// Every level's bytes, back to back.
  private var arena: [UInt8] = []
  /// The end offset of each level in `arena`; a level starts where the previous one ends.
  private var ends: [Int] = []
  /// Each level's hash, so growing the table and rejecting mismatches need no rehashing.
  private var hashes: [UInt64] = []
  /// Codes by hash slot; -1 marks an empty slot, and the count is a power of two.
  private var slots = [Int32](repeating: -1, count: 64)

  /// The number of levels.
  var count: Int { ends.count }

  /// The levels as strings, in code order.
  var levels: [String] { (0..<count).map(level) }

  /// The text of the level with a code.
  func level(_ code: Int) -> String {
    let start = code == 0 ? 0 : ends[code - 1]
    return String(decoding: arena[start..<ends[code]], as: UTF8.self)
  }

  /// The code of `text`, adding it as a new level when it is not yet known.
  ///
  /// - Parameter text: The cell's bytes.
  /// - Returns: The code and whether the level is new, or nil when the text is new and not valid
  ///   UTF-8 (it is then not added).
  /// - Complexity: O(length of `text`) expected; amortised O(1) table growth.
  @inline(__always)
  mutating func code(of text: UnsafeRawBufferPointer) -> (code: Int32, isNew: Bool)? {
    let hash = Self.hash(text)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let code = slots[slot]
      if code < 0 { break }
      if hashes[Int(code)] == hash, equals(Int(code), text) { return (code, false) }
      slot = (slot + 1) & mask
    }
    guard UTF8Validation.isValid(text) else { return nil }
    let code = Int32(count)
    arena.append(contentsOf: text)
    ends.append(arena.count)
    hashes.append(hash)
    slots[slot] = code
    if 2 * count > slots.count { grow() }
    return (code, true)
  }

  /// Removes the most recently added level (rolling back a row that added it).
  ///
  /// Clearing its slot is safe with linear probing because no key was inserted after it, so no
  /// probe sequence passes through its slot.
  mutating func removeLast() {
    guard let last = hashes.last else { return }
    let code = Int32(count - 1)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: last) & mask
    while slots[slot] != code { slot = (slot + 1) & mask }
    slots[slot] = -1
    hashes.removeLast()
    ends.removeLast()
    arena.removeSubrange((ends.last ?? 0)...)
  }

  /// Adds every level of `other` (in its code order) and returns, for each of its codes, the code
  /// here.
  ///
  /// - Complexity: O(total length of `other`'s levels).
  mutating func absorb(_ other: LevelDictionary) -> [Int32] {
    other.arena.withUnsafeBytes { bytes in
      (0..<other.count).map { code in
        let start = code == 0 ? 0 : other.ends[code - 1]
        let text = UnsafeRawBufferPointer(rebasing: bytes[start..<other.ends[code]])
        // The text was valid UTF-8 when `other` added it.
        return self.code(of: text)?.code ?? -1
      }
    }
  }

  /// A dictionary holding the levels used by `codes`, numbered by first appearance in `codes`,
  /// which are rewritten to the new numbers.
  ///
  /// - Complexity: O(rows + total length of the levels).
  func renumbered(byFirstAppearanceIn codes: inout [Int32]) -> LevelDictionary {
    var result = LevelDictionary()
    var newCodes = [Int32](repeating: -1, count: count)
    arena.withUnsafeBytes { bytes in
      for row in codes.indices where codes[row] >= 0 {
        let old = Int(codes[row])
        if newCodes[old] < 0 {
          let start = old == 0 ? 0 : ends[old - 1]
          let text = UnsafeRawBufferPointer(rebasing: bytes[start..<ends[old]])
          newCodes[old] = result.code(of: text)?.code ?? -1
        }
        codes[row] = newCodes[old]
      }
    }
    return result
  }

  private func equals(_ code: Int, _ text: UnsafeRawBufferPointer) -> Bool {
    let start = code == 0 ? 0 : ends[code - 1]
    guard ends[code] - start == text.count else { return false }
    guard let base = text.baseAddress, text.count > 0 else { return true }
    return arena.withUnsafeBytes { arena in
      guard let arenaBase = arena.baseAddress else { return false }
      return memcmp(arenaBase + start, base, text.count) == 0
    }
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for code in 0..<count {
      var slot = Int(truncatingIfNeeded: hashes[code]) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(code)
    }
  }

  /// A 64-bit hash of bytes, eight at a time: multiply-xor-shift mixing (in the style of
  /// wyhash/FxHash) with a final avalanche, so the low bits used for slots are well mixed.
  @inline(__always)
  static func hash(_ text: UnsafeRawBufferPointer) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(text.count) &* multiplier
    var index = 0
    while index + 8 <= text.count {
      let word = text.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      hash = (hash ^ word) &* multiplier
      hash ^= hash >> 29
      index += 8
    }
    let rest = text.count - index
    if rest > 0 {
      // The last one to seven bytes, read as at most three loads rather than byte by byte.
      var word: UInt64 = 0
      var offset = index
      if rest & 4 != 0 {
        word = UInt64(text.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        offset += 4
      }
      if rest & 2 != 0 {
        word = word << 16 | UInt64(text.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
        offset += 2
      }
      if rest & 1 != 0 { word = word << 8 | UInt64(text[offset]) }
      hash = (hash ^ word) &* multiplier
      hash ^= hash >> 29
    }
    hash = (hash ^ (hash >> 32)) &* 0xD6E8_FEB8_6659_FD93
    return hash ^ (hash >> 32)
  }
}
