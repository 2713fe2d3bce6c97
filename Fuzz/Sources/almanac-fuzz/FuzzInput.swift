import Foundation

/// Helpers shared by the targets.
enum FuzzInput {
  /// The line that separates the files of one input.
  static let separator = Array("\n=====\n".utf8)

  /// The input cut at each separator line.
  static func parts(of input: [UInt8]) -> [[UInt8]] {
    var parts: [[UInt8]] = []
    var start = 0
    var index = 0
    while index + separator.count <= input.count {
      if input[index..<(index + separator.count)].elementsEqual(separator) {
        parts.append(Array(input[start..<index]))
        index += separator.count
        start = index
      } else {
        index += 1
      }
    }
    parts.append(Array(input[start...]))
    return parts
  }

  /// Whether answers are printed (`ALMANAC_FUZZ_VERBOSE=1`), to check what seeds reach.
  static let verbose = ProcessInfo.processInfo.environment["ALMANAC_FUZZ_VERBOSE"] == "1"

  /// Renders an answer (an error's message, or `ok`) as a user would see it.
  static func answer(_ text: @autoclosure () -> String) {
    let text = text()
    if verbose { FileHandle.standardError.write(Data("almanac-fuzz: \(text)\n".utf8)) }
  }

  /// Runs work that may throw, and renders its answer.
  static func describe<Failure: Error & CustomStringConvertible>(
    _ work: () throws(Failure) -> Void
  ) {
    do {
      try work()
      answer("ok")
    } catch {
      answer(error.description)
    }
  }

  /// Runs async work to its end from libFuzzer's synchronous callback.
  static func blocking(_ work: @escaping @Sendable () async -> Void) {
    let done = DispatchSemaphore(value: 0)
    Task {
      await work()
      done.signal()
    }
    done.wait()
  }
}

/// A fresh folder for one input's files, removed when the value goes away.
final class ScratchFolder: Sendable {
  /// The folder's path.
  let root: String

  init() {
    root = NSTemporaryDirectory() + "almanac-fuzz-\(getpid())-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: root) }

  /// The path of a file in the folder.
  func path(_ name: String) -> String { "\(root)/\(name)" }

  /// Writes a file in the folder.
  func write(_ name: String, _ bytes: [UInt8]) {
    _ = FileManager.default.createFile(atPath: path(name), contents: Data(bytes))
  }
}
