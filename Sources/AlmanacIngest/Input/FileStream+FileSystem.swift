#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file read with POSIX `read` (no intermediate copies); closed when released.
final class FileStream: ByteStream {
  private let descriptor: Int32
  private let path: String
  let estimatedSize: Int?

  /// Opens a file for reading.
  ///
  /// - Parameter path: The file.
  /// - Throws: ``IngestError/Reason/noSuchFile`` or ``IngestError/Reason/unreadable(_:)``.
  init(path: String) throws(IngestError) {
    self.path = path
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw Self.error(errno, path: path) }
    var status = stat()
    let hasStatus = fstat(descriptor, &status) == 0
    if hasStatus && status.st_mode & S_IFMT == S_IFDIR {
      close(descriptor)
      throw IngestError(.unreadable("it is a folder"), file: path)
    }
    self.descriptor = descriptor
    estimatedSize = hasStatus && status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil
  }

  deinit { close(descriptor) }

  func read(into destination: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    guard let base = destination.baseAddress, destination.count > 0 else { return 0 }
    while true {
      let count = systemRead(descriptor, base, destination.count)
      if count >= 0 { return count }
      if errno != EINTR { throw Self.error(errno, path: path) }
    }
  }

  private static func error(_ code: Int32, path: String) -> IngestError {
    if code == ENOENT { return IngestError(.noSuchFile, file: path) }
    return IngestError(.unreadable(String(cString: strerror(code))), file: path)
  }
}

/// POSIX `read`, named apart from ``FileStream/read(into:)``.
private func systemRead(_ descriptor: Int32, _ base: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, base, count)
}
