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

  /// Opens a regular file for reading.
  ///
  /// The file is opened without blocking, so a pipe with no writer cannot hang the run, and
  /// anything but a regular file (a folder, a pipe, a device such as `/dev/zero`, a socket) is
  /// refused before a byte is read.
  ///
  /// - Parameter path: The file.
  /// - Throws: ``IngestError/Reason/noSuchFile``, ``IngestError/Reason/notARegularFile`` or
  ///   ``IngestError/Reason/unreadable(_:)``.
  init(path: String) throws(IngestError) {
    self.path = path
    let descriptor = open(path, O_RDONLY | O_NONBLOCK)
    guard descriptor >= 0 else { throw Self.error(errno, path: path) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      close(descriptor)
      throw Self.error(code, path: path)
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR:
      close(descriptor)
      throw IngestError(.unreadable("it is a folder"), file: path)
    default:
      close(descriptor)
      throw IngestError(.notARegularFile, file: path)
    }
    self.descriptor = descriptor
    estimatedSize = Int(status.st_size)
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
