import CAlmanacZlib

/// Gzip compression with the system zlib, to make test inputs.
enum Gzip {
  /// `bytes` as one gzip member (RFC 1952).
  static func compress(_ bytes: [UInt8]) -> [UInt8] {
    // zlib keeps a pointer to its stream, so the stream lives at a fixed address.
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer { stream.deallocate() }
    // 15 window bits + 16: write a gzip header and trailer; level 6, memory level 8.
    let status = deflateInit2_(
      stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size))
    precondition(status == Z_OK, "deflateInit2_ returned \(status)")
    defer { deflateEnd(stream) }
    var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))) + 64)
    var input = bytes
    let written = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.pointee.next_in = source.baseAddress
        stream.pointee.avail_in = uInt(source.count)
        stream.pointee.next_out = target.baseAddress
        stream.pointee.avail_out = uInt(target.count)
        let result = deflate(stream, Z_FINISH)
        precondition(result == Z_STREAM_END, "deflate returned \(result)")
        return target.count - Int(stream.pointee.avail_out)
      }
    }
    return Array(output.prefix(written))
  }
}
