/// A stream read in large blocks; the unparsed tail of a block stays in front of the next one.
///
/// Blocks start at 64 KiB and double up to ``blockSize``, so small files cost little memory. The
/// storage is then reused (and grown only for a record longer than a block), so reading costs no
/// allocation or zero-filling per block.
struct BlockReader {
  /// The size of a block: large enough that parsing dominates reading and that a block splits
  /// into useful stretches for several cores, small enough to keep memory flat.
  static let blockSize = 8 << 20

  private var stream: any ByteStream
  /// The size of the next block.
  private var nextBlockSize = 1 << 16
  /// The bytes at hand in `storage[0..<count]`: the unparsed tail of earlier blocks, then the
  /// newest block.
  private(set) var storage: [UInt8] = []
  /// The number of valid bytes in ``storage``.
  private(set) var count = 0
  /// The first byte not parsed yet.
  var start = 0
  /// Whether the stream has ended, so no bytes will follow the valid ones.
  private(set) var isFinal = false
  /// Bytes read from the stream so far.
  private(set) var bytesRead = 0

  /// Creates a reader of `stream`; call ``fill()`` before parsing.
  init(_ stream: any ByteStream) { self.stream = stream }

  /// About how many bytes the stream yields in all, when that can be told.
  var estimatedSize: Int? { stream.estimatedSize }

  /// Whether every byte has been read and parsed.
  var isExhausted: Bool { isFinal && start >= count }

  /// Calls `body` with the valid bytes.
  func withBytes<Value, Failure: Error>(
    _ body: (UnsafeRawBufferPointer) throws(Failure) -> Value
  ) throws(Failure) -> Value {
    let result = storage.withUnsafeBytes { all in
      Result { () throws(Failure) in try body(UnsafeRawBufferPointer(rebasing: all[0..<count])) }
    }
    return try result.get()
  }

  /// Drops the parsed bytes and appends up to one more block (fewer only at the end).
  ///
  /// - Throws: ``IngestError`` when the stream cannot be read or decoded.
  mutating func fill() throws(IngestError) {
    let kept = count - start
    if start > 0 {
      storage.withUnsafeMutableBytes { all in
        all.copyMemory(from: UnsafeRawBufferPointer(rebasing: all[start..<count]))
      }
      start = 0
      count = kept
    }
    let target = count + nextBlockSize
    nextBlockSize = min(2 * nextBlockSize, Self.blockSize)
    if storage.count < target {
      var grown = [UInt8](repeating: 0, count: target)
      let valid = count
      storage.withUnsafeBytes { old in
        grown.withUnsafeMutableBytes {
          $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: old[0..<valid]))
        }
      }
      storage = grown
    }
    while count < target && !isFinal {
      let from = count
      let result = storage.withUnsafeMutableBytes { all in
        Result { () throws(IngestError) in
          try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: all[from..<target]))
        }
      }
      let read = try result.get()
      if read == 0 { isFinal = true }
      count += read
      bytesRead += read
    }
  }

  /// Skips a UTF-8 byte-order mark at the current position.
  mutating func skipByteOrderMark() {
    if storage[start..<count].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
  }
}
