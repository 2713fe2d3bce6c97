/// Sorting of `Double` columns in ascending order, by least-significant-digit radix sort.
///
/// Each value's bit pattern is mapped to an unsigned key with the same order (negative values have
/// all bits flipped, non-negative ones the sign bit set), the keys are sorted by six stable passes
/// over 11-bit digits (one counting pass builds all six histograms; a digit on which every key
/// agrees is skipped), and mapped back. −0.0 sorts just before +0.0; NaN must not occur.
/// Short inputs use the standard library's sort.
///
/// On 1M doubles this is about 3-5 times faster than `Array.sort()` (see `make bench`, "sort").
enum RadixSort {
  /// Returns `values` sorted ascending.
  ///
  /// - Parameter values: Values without NaN (±∞ are fine).
  /// - Returns: The sorted copy.
  /// - Complexity: O(n) time and O(n) extra space (O(n log n) below 512 values).
  static func sorted(_ values: [Double]) -> [Double] {
    if values.count < 512 { return values.sorted() }
    var keys = values.map(key(of:))
    var buffer = [UInt64](repeating: 0, count: keys.count)
    let digitCount = 6
    var histograms = [Int](repeating: 0, count: digitCount * bucketCount)
    for key in keys {
      for digit in 0..<digitCount {
        histograms[digit * bucketCount + Int((key >> (UInt64(digit) * digitBits)) & digitMask)] += 1
      }
    }
    for digit in 0..<digitCount {
      let base = digit * bucketCount
      var offsets = [Int](repeating: 0, count: bucketCount)
      var running = 0
      var isConstantDigit = false
      for bucket in 0..<bucketCount {
        let count = histograms[base + bucket]
        if count == keys.count { isConstantDigit = true }
        offsets[bucket] = running
        running += count
      }
      if isConstantDigit { continue }
      let shift = UInt64(digit) * digitBits
      keys.withUnsafeBufferPointer { source in
        buffer.withUnsafeMutableBufferPointer { target in
          for key in source {
            let bucket = Int((key >> shift) & digitMask)
            target[offsets[bucket]] = key
            offsets[bucket] += 1
          }
        }
      }
      swap(&keys, &buffer)
    }
    return keys.map(value(of:))
  }

  private static let digitBits: UInt64 = 11
  private static let bucketCount = 1 << 11
  private static let digitMask = UInt64(bucketCount - 1)

  private static func key(of value: Double) -> UInt64 {
    let bits = value.bitPattern
    return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
  }

  private static func value(of key: UInt64) -> Double {
    Double(bitPattern: key >> 63 == 1 ? key & ~(1 << 63) : ~key)
  }
}
