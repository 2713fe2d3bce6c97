import Foundation

/// Runs `body` with a new, empty directory that is removed afterwards.
///
/// - Parameter body: Receives the directory's path (without a trailing slash).
/// - Returns: What `body` returns.
/// - Throws: What creating the directory or `body` throws.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("almanac-store-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
  defer { try? FileManager.default.removeItem(at: url) }
  return try body(url.path)
}
