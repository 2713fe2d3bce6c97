/// A source of bytes read front to back, such as a file or an inflating gzip stream.
protocol ByteStream {
  /// Reads up to `destination.count` bytes into `destination`.
  ///
  /// - Parameter destination: Where to put the bytes.
  /// - Returns: How many bytes were read; 0 only at the end of the stream.
  /// - Throws: ``IngestError`` when the bytes cannot be read or decoded.
  mutating func read(into destination: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int

  /// About how many bytes the stream yields in all, when that can be told (exact for files and
  /// memory, extrapolated for gzip); used only to reserve memory for the columns.
  var estimatedSize: Int? { get }
}

extension ByteStream {
  /// Reads up to `count` bytes onto the end of `array`.
  ///
  /// - Returns: How many bytes were appended; 0 only at the end of the stream.
  mutating func read(appendingTo array: inout [UInt8], upTo count: Int) throws(IngestError) -> Int {
    let start = array.count
    array.append(contentsOf: repeatElement(0, count: count))
    let result = array.withUnsafeMutableBytes { buffer -> Result<Int, IngestError> in
      Result { () throws(IngestError) in
        try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[start...]))
      }
    }
    let appended = (try? result.get()) ?? 0
    array.removeSubrange((start + appended)...)
    return try result.get()
  }
}

/// Bytes already in memory, for parsers called on strings and arrays and for tests.
struct MemoryStream: ByteStream {
  private let bytes: [UInt8]
  private var offset = 0

  /// Creates a stream over `bytes`.
  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var estimatedSize: Int? { bytes.count }

  mutating func read(into destination: UnsafeMutableRawBufferPointer) -> Int {
    let count = min(destination.count, bytes.count - offset)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      destination.copyMemory(
        from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
    }
    offset += count
    return count
  }
}

/// Bytes read ahead of the stream they came from, served before it (used after sniffing a header).
struct PrefixedStream: ByteStream {
  private var prefix: MemoryStream
  private var prefixLeft: Int
  private var rest: any ByteStream

  /// Creates a stream that yields `prefix`, then the rest of `rest`.
  init(prefix: [UInt8], rest: any ByteStream) {
    self.prefix = MemoryStream(prefix)
    prefixLeft = prefix.count
    self.rest = rest
  }

  var estimatedSize: Int? { rest.estimatedSize }

  mutating func read(into destination: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    if prefixLeft > 0 {
      let count = prefix.read(into: destination)
      prefixLeft -= count
      return count
    }
    return try rest.read(into: destination)
  }
}
