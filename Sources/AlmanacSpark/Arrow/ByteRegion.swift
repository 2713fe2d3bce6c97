/// A bounds-checked window onto a byte array.
///
/// Every read names its offset relative to the window's start and throws
/// ``ArrowError/truncated(_:)`` instead of reading outside the window, so hostile lengths and
/// offsets can never cause an out-of-bounds access.
struct ByteRegion: Sendable {
  /// The bytes the window looks into.
  let bytes: [UInt8]

  /// The absolute indices of `bytes` that this window may read.
  let bounds: Range<Int>

  /// Creates a window over all of `bytes`.
  ///
  /// - Parameter bytes: The bytes to read.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    self.bounds = bytes.indices
  }

  private init(bytes: [UInt8], bounds: Range<Int>) {
    self.bytes = bytes
    self.bounds = bounds
  }

  /// The number of bytes in the window.
  var count: Int { bounds.count }

  /// Checks that `count` bytes starting at `offset` lie inside the window.
  ///
  /// - Parameters:
  ///   - offset: Offset from the window's start; may be hostile.
  ///   - count: Number of bytes; may be hostile.
  ///   - what: What is being read, for the error message.
  /// - Returns: The absolute index of the first byte.
  /// - Throws: ``ArrowError/truncated(_:)`` when the range is negative or leaves the window.
  func checkedStart(offset: Int, count: Int, what: String) throws(ArrowError) -> Int {
    guard offset >= 0, count >= 0, offset <= self.count, count <= self.count - offset else {
      throw .truncated(
        "\(what) needs \(count) bytes at offset \(offset), but only \(self.count) are available")
    }
    return bounds.lowerBound + offset
  }

  /// A window onto part of this one.
  ///
  /// - Parameters:
  ///   - offset: Offset of the sub-window from this window's start.
  ///   - count: Length of the sub-window.
  ///   - what: What the sub-window holds, for the error message.
  /// - Returns: The sub-window.
  /// - Throws: ``ArrowError/truncated(_:)`` when it does not fit in this window.
  func region(offset: Int, count: Int, what: String) throws(ArrowError) -> ByteRegion {
    let start = try checkedStart(offset: offset, count: count, what: what)
    return ByteRegion(bytes: bytes, bounds: start..<(start + count))
  }

  /// Reads a little-endian integer.
  ///
  /// - Parameters:
  ///   - type: The integer type to read.
  ///   - offset: Offset from the window's start.
  ///   - what: What is being read, for the error message.
  /// - Returns: The integer.
  /// - Throws: ``ArrowError/truncated(_:)`` when the integer does not fit in the window.
  func load<T: FixedWidthInteger>(
    _ type: T.Type, at offset: Int, what: String
  ) throws(ArrowError) -> T {
    let start = try checkedStart(offset: offset, count: MemoryLayout<T>.size, what: what)
    return uncheckedLoad(T.self, absolute: start)
  }

  /// Reads a little-endian integer at an absolute index already checked by the caller.
  ///
  /// - Parameters:
  ///   - type: The integer type to read.
  ///   - absolute: Absolute index into `bytes`, with `MemoryLayout<T>.size` bytes inside
  ///     `bounds`.
  /// - Returns: The integer.
  func uncheckedLoad<T: FixedWidthInteger>(_ type: T.Type, absolute: Int) -> T {
    precondition(
      absolute >= bounds.lowerBound && absolute + MemoryLayout<T>.size <= bounds.upperBound,
      "read of \(MemoryLayout<T>.size) bytes at \(absolute) outside \(bounds)")
    let raw = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: absolute, as: T.self) }
    return T(littleEndian: raw)
  }

  /// The bytes of a sub-range as a slice of the underlying array.
  ///
  /// - Parameters:
  ///   - offset: Offset from the window's start.
  ///   - count: Number of bytes.
  ///   - what: What is being read, for the error message.
  /// - Returns: The bytes.
  /// - Throws: ``ArrowError/truncated(_:)`` when the range leaves the window.
  func slice(offset: Int, count: Int, what: String) throws(ArrowError) -> ArraySlice<UInt8> {
    let start = try checkedStart(offset: offset, count: count, what: what)
    return bytes[start..<(start + count)]
  }
}
