/// Where an export's bytes come from: a file, or bytes already in memory.
public enum InputSource: Sendable, Equatable {
  /// A file path; gzip is recognised by its signature.
  case file(String)
  /// Bytes in memory (gzip recognised the same way), named for errors and format detection.
  case bytes([UInt8], name: String)

  /// The name used in errors and for telling the format.
  public var name: String {
    switch self {
    case .file(let path): path
    case .bytes(_, let name): name
    }
  }

  /// Opens the source, inflating it when its first bytes are the gzip signature 1F 8B.
  ///
  /// - Throws: ``IngestError`` when the file cannot be opened, or when its name ends in `.gz` but
  ///   its content is not gzip.
  func open() throws(IngestError) -> any ByteStream {
    var raw = try rawStream()
    var head: [UInt8] = []
    while head.count < 2, try raw.read(appendingTo: &head, upTo: 1 << 16) > 0 {}
    let stream = PrefixedStream(prefix: head, rest: raw)
    if head.starts(with: [0x1F, 0x8B]) { return try GzipStream(base: stream, path: name) }
    if FileFormat.hasGzipExtension(name) && !head.isEmpty {
      throw IngestError(.notGzip, file: name)
    }
    return stream
  }

  /// The whole content, inflated when it is gzip; for small files such as registries.
  ///
  /// - Throws: As ``open()``, or when the bytes cannot be read.
  func readAll() throws(IngestError) -> [UInt8] {
    var stream = try open()
    var bytes: [UInt8] = []
    while try stream.read(appendingTo: &bytes, upTo: 1 << 16) > 0 {}
    return bytes
  }
}
