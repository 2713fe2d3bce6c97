internal import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
///
/// Each test makes its own, so tests never share paths and can run in parallel.
public final class TemporaryFolder: Sendable {
  /// The folder's path.
  public let path: String

  /// Makes a new, empty folder.
  ///
  /// - Throws: Foundation's error when the folder cannot be made.
  public init() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("almanac-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    path = url.path
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// A path inside the folder.
  ///
  /// - Parameter name: A file or folder name.
  /// - Returns: The path.
  public func file(_ name: String) -> String {
    (path as NSString).appendingPathComponent(name)
  }
}
