/// Sorting of `Double` columns in ascending order, by least-significant-digit radix sort.
///
/// Each value's bit pattern is mapped to an unsigned key with the same order (negative values have
/// all bits flipped, non-negative ones the sign bit set), the keys are sorted by six stable passes
/// over 11-bit digits (one counting pass builds all six histograms; a digit on which every key
/// agrees is skipped), and mapped back. −0.0 sorts just before +0.0; NaN must not occur.
/// Short inputs use the standard library's sort.
///
/// The keys are sorted in the result's own storage with one scratch buffer, so a sort of n values
/// holds 8n bytes besides its input and result.
/// On 1M doubles this is about 3-5 times faster than `Array.sort()` (see `make bench`, "sort").
enum RadixSort {
  /// Returns `values` sorted ascending.
  ///
  /// - Parameter values: Values without NaN (±∞ are fine).
  /// - Returns: The sorted copy.
  /// - Complexity: O(n) time and O(n) extra space (O(n log n) below 512 values).
  static func sorted(_ values: [Double]) -> [Double] {
    if values.count < 512 { return values.sorted() }
    return sorting(count: values.count) { keys in
      for (index, value) in values.enumerated() { keys[index] = key(of: value) }
      return values.count
    }
  }

  /// The finite values of a column sorted ascending, −0.0 stored as +0.0, and how many values were
  /// NaN or infinite.
  ///
  /// - Parameter values: The column.
  /// - Returns: The sorted finite values and the count left out.
  /// - Complexity: O(n) time and O(n) extra space (O(n log n) below 512 values).
  static func sortedFinite(_ values: [Double]) -> (values: [Double], dropped: Int) {
    if values.count < 512 {
      let finite = values.filter(\.isFinite).map { $0 == 0 ? 0 : $0 }
      return (finite.sorted(), values.count - finite.count)
    }
    let sorted = sorting(count: values.count) { keys in
      var kept = 0
      for value in values where value.isFinite {
        keys[kept] = key(of: value == 0 ? 0 : value)
        kept += 1
      }
      return kept
    }
    return (sorted, values.count - sorted.count)
  }

  /// Sorts the keys `fill` writes (it returns how many) and returns their values.
  private static func sorting(
    count capacity: Int, fill: (UnsafeMutableBufferPointer<UInt64>) -> Int
  ) -> [Double] {
    let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: capacity)
    defer { scratch.deallocate() }
    return [Double](unsafeUninitializedCapacity: capacity) { result, initialized in
      // The keys are sorted in the result's own storage, and become values there.
      result.withMemoryRebound(to: UInt64.self) { storage in
        let count = fill(storage)
        let keys = UnsafeMutableBufferPointer(rebasing: storage[0..<count])
        let spare = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
        let sorted = sortKeys(keys, spare) ? spare : keys
        for index in 0..<count { storage[index] = value(of: sorted[index]).bitPattern }
        initialized = count
      }
    }
  }

  /// Sorts `keys`, using `scratch` (of the same size) in turn with it.
  ///
  /// - Returns: Whether the sorted keys ended in the scratch buffer.
  private static func sortKeys(
    _ keys: UnsafeMutableBufferPointer<UInt64>, _ scratch: UnsafeMutableBufferPointer<UInt64>
  ) -> Bool {
    let digitCount = 6
    // The counts and offsets are read and written once per key and pass: through buffer
    // pointers, without a bounds check each time.
    let histograms = UnsafeMutableBufferPointer<Int>.allocate(capacity: digitCount * bucketCount)
    let offsets = UnsafeMutableBufferPointer<Int>.allocate(capacity: bucketCount)
    defer {
      histograms.deallocate()
      offsets.deallocate()
    }
    histograms.initialize(repeating: 0)
    for key in keys {
      for digit in 0..<digitCount {
        histograms[digit * bucketCount + Int((key >> (UInt64(digit) * digitBits)) & digitMask)] += 1
      }
    }
    var buffers = (keys, scratch)
    var isInScratch = false
    for digit in 0..<digitCount {
      let base = digit * bucketCount
      var running = 0
      var isConstantDigit = false
      for bucket in 0..<bucketCount {
        let size = histograms[base + bucket]
        if size == keys.count { isConstantDigit = true }
        offsets[bucket] = running
        running += size
      }
      if isConstantDigit { continue }
      let shift = UInt64(digit) * digitBits
      let (source, target) = buffers
      for key in source {
        let bucket = Int((key >> shift) & digitMask)
        target[offsets[bucket]] = key
        offsets[bucket] += 1
      }
      buffers = (target, source)
      isInScratch.toggle()
    }
    return isInScratch
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
