extension InputSource {
  /// The undecoded bytes: the file opened for reading, or the bytes in memory.
  func rawStream() throws(IngestError) -> any ByteStream {
    switch self {
    case .file(let path): try FileStream(path: path)
    case .bytes(let bytes, _): MemoryStream(bytes)
    }
  }
}
