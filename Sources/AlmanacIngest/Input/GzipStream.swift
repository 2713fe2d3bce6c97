import CAlmanacZlib

/// Inflates a gzip stream (RFC 1952) read from another stream, with the system zlib.
///
/// Concatenated members (as written by `cat a.gz b.gz` or parallel compressors) are read one
/// after the other. The inflater's state lives at a fixed heap address, as zlib requires.
final class GzipStream: ByteStream {
  private let state: UnsafeMutablePointer<z_stream>
  private let input: UnsafeMutableRawBufferPointer
  private var base: any ByteStream
  private let path: String
  private var baseIsExhausted = false
  private var isFinished = false

  /// The compressed size times the ratio so far (the gzip trailer holds the size modulo 2^32
  /// only, at the end of the file).
  var estimatedSize: Int? {
    let consumed = Double(state.pointee.total_in)
    guard let compressed = base.estimatedSize, consumed > 0 else { return nil }
    return Int(Double(compressed) * Double(state.pointee.total_out) / consumed)
  }

  /// Starts inflating `base`.
  ///
  /// - Parameters:
  ///   - base: The compressed bytes.
  ///   - path: The file name, for errors.
  /// - Throws: ``IngestError/Reason/corruptGzip(_:)`` if zlib cannot start.
  init(base: any ByteStream, path: String) throws(IngestError) {
    self.base = base
    self.path = path
    input = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 16)
    state = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    state.initialize(to: z_stream())
    // 15 window bits + 16: expect a gzip header and trailer.
    let status = inflateInit2_(state, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      state.deallocate()
      input.deallocate()
      throw IngestError(.corruptGzip("zlib could not start: \(status)"), file: path)
    }
  }

  deinit {
    inflateEnd(state)
    state.deallocate()
    input.deallocate()
  }

  func read(into destination: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    guard let out = destination.baseAddress, destination.count > 0 else { return 0 }
    state.pointee.next_out = out.assumingMemoryBound(to: Bytef.self)
    state.pointee.avail_out = uInt(min(destination.count, Int(UInt32.max)))
    let capacity = Int(state.pointee.avail_out)
    while !isFinished && state.pointee.avail_out > 0 {
      if state.pointee.avail_in == 0 && !baseIsExhausted { try refill() }
      let status = inflate(state, Z_NO_FLUSH)
      switch status {
      case Z_OK:
        continue
      case Z_BUF_ERROR:
        // No progress is possible: with no input left, the member was cut short.
        if state.pointee.avail_in == 0 && baseIsExhausted {
          throw IngestError(.truncatedGzip, file: path)
        }
      case Z_STREAM_END:
        // Another member may follow; it must start with the gzip signature.
        if state.pointee.avail_in == 0 && !baseIsExhausted { try refill() }
        if state.pointee.avail_in == 0 {
          isFinished = true
        } else {
          inflateReset(state)
        }
      default:
        let message = state.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
        throw IngestError(.corruptGzip(message), file: path)
      }
    }
    return capacity - Int(state.pointee.avail_out)
  }

  private func refill() throws(IngestError) {
    let count = try base.read(into: input)
    if count == 0 { baseIsExhausted = true }
    state.pointee.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
    state.pointee.avail_in = uInt(count)
  }
}
