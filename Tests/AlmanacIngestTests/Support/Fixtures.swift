import Foundation

@testable import AlmanacIngest

/// Paths of the committed fixtures, found from this file so tests run from any folder.
enum Fixtures {
  /// The `Fixtures` folder of this test target.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The path of a fixture, relative to `Fixtures`.
  static func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

  /// The bytes of a fixture.
  static func bytes(_ relative: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(relative)))
  }
}

/// A fresh temporary folder, removed when the value is released.
final class TemporaryFolder {
  /// The folder's path.
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("almanac-ingest-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes a file (creating folders) and returns its path.
  @discardableResult
  func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
    let file = URL(fileURLWithPath: path).appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  /// Writes a text file and returns its path.
  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String {
    try write(relative, Array(text.utf8))
  }
}

extension Column {
  /// The cells as text: levels for categorical columns, nil where missing.
  var texts: [String?] {
    switch self {
    case .categorical(let codes, let levels): codes.map { $0 < 0 ? nil : levels[Int($0)] }
    case .numeric(let values): values.map { $0.isNaN ? nil : "\($0)" }
    case .timestamp(let values): values.map { "\($0)" }
    }
  }

  /// The values of a numeric column, or nil for another kind.
  var numbers: [Double]? {
    if case .numeric(let values) = self { return values }
    return nil
  }
}
