internal import Foundation

/// Runs an executable this package builds, or a tool on `PATH` a test checks with, as a user
/// would, and captures what it says.
public struct BuiltCommand: Sendable {
  /// What a finished run returned.
  public struct Result: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var output: String
    /// Everything written to standard error.
    public var errors: String
  }

  /// The executable's path.
  public let path: String

  /// Finds a built product next to the running test binary (SwiftPM puts both in one folder).
  ///
  /// - Parameter product: The executable's name, e.g. `almanac`.
  /// - Throws: `BuiltCommandError.notBuilt` when it is not there.
  public init(_ product: String) throws {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent(product).path
      if FileManager.default.isExecutableFile(atPath: candidate) {
        path = candidate
        return
      }
      folder.deleteLastPathComponent()
    }
    throw BuiltCommandError.notBuilt(product: product, near: CommandLine.arguments[0])
  }

  /// Finds a program on `PATH`, such as `python3` or `chromium`; fails when no folder on `PATH`
  /// holds it.
  ///
  /// - Parameter name: The program's name.
  public init?(onPath name: String) {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    guard
      let found = path.split(separator: ":").map({ "\($0)/\(name)" })
        .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else { return nil }
    self.path = found
  }

  /// Runs the executable to its end.
  ///
  /// - Parameters:
  ///   - arguments: Its arguments.
  ///   - directory: The working folder.
  /// - Returns: The exit status and both outputs.
  /// - Throws: Foundation's error when it cannot be started.
  public func run(_ arguments: [String], in directory: String? = nil) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read both pipes while the process runs, so a full pipe never blocks it. `errorData` is
    // written by one task and read only after `group.wait()`, which orders the two accesses.
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    group.enter()
    DispatchQueue.global().async {
      errorData = errors.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      errors: String(decoding: errorData, as: UTF8.self))
  }
}

/// A built product could not be found.
public enum BuiltCommandError: Error, Equatable, CustomStringConvertible {
  /// The executable is not next to the test binary or in a folder above it.
  case notBuilt(product: String, near: String)

  /// What went wrong and how to fix it.
  public var description: String {
    switch self {
    case .notBuilt(let product, let near): "no built \(product) near \(near); run swift build first"
    }
  }
}
