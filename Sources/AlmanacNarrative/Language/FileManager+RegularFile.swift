public import Foundation

extension FileManager {
  /// Whether a path names a regular file (after following links).
  ///
  /// Template and analogy folders are read whole; a pipe or a device there would block the run or
  /// never end, so anything but a regular file is refused before it is opened.
  ///
  /// - Parameter path: The path.
  /// - Returns: `true` for a regular file, `false` for anything else or nothing.
  public func isRegularFile(atPath path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }
}
