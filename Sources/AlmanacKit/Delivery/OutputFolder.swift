internal import CAlmanacSystem
internal import Foundation

/// Publishes one period's reports into place all at once.
///
/// Files are written into a hidden temporary folder beside the destination, flushed to disk, and the
/// folder is then swapped with the old one in a single `renameat2(RENAME_EXCHANGE)` (a plain rename
/// when there is no old one). A process killed at any moment leaves either the previous reports or the
/// new ones, never a mixture or a half-written file; the next run removes the staging folder a
/// killed run left behind. Callers hold the output folder's `RunLock`.
struct OutputFolder {
  /// The folder holding one sub-folder per period.
  let root: String

  /// The prefix of temporary folders, which readers of `root` should ignore.
  static let temporaryPrefix = ".almanac-tmp-"

  /// Writes a period's files and swaps them into `root/name`.
  ///
  /// - Parameters:
  ///   - name: The period folder's name (a period label, never input text).
  ///   - write: Writes the files into the folder it is given and returns their names.
  /// - Returns: The published files' paths.
  /// - Throws: `DeliveryError` when a folder cannot be made or swapped, or what `write` throws.
  func publish(name: String, write: (String) throws -> [String]) throws -> [String] {
    let manager = FileManager.default
    let destination = "\(root)/\(name)"
    let staging =
      "\(root)/\(Self.temporaryPrefix)\(name)-\(ProcessInfo.processInfo.processIdentifier)"
    do {
      try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
      // Runs hold the output lock, so a staging folder found now was left by a killed run.
      for leftover in try manager.contentsOfDirectory(atPath: root)
      where leftover.hasPrefix(Self.temporaryPrefix) {
        try manager.removeItem(atPath: "\(root)/\(leftover)")
      }
      try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
    } catch {
      throw DeliveryError.cannotCreate(folder: staging, reason: error.localizedDescription)
    }
    let names: [String]
    do {
      names = try write(staging)
      for file in names { try Self.flush("\(staging)/\(file)") }
      try Self.flush(staging)
    } catch {
      try? manager.removeItem(atPath: staging)
      throw error
    }
    if manager.fileExists(atPath: destination) {
      guard almanac_exchange_paths(staging, destination) == 0 else {
        let reason = String(cString: strerror(errno))
        try? manager.removeItem(atPath: staging)
        throw DeliveryError.cannotReplace(folder: destination, reason: reason)
      }
      try? manager.removeItem(atPath: staging)  // now holds the previous reports
    } else if rename(staging, destination) != 0 {
      let reason = String(cString: strerror(errno))
      try? manager.removeItem(atPath: staging)
      throw DeliveryError.cannotReplace(folder: destination, reason: reason)
    }
    try? Self.flush(root)
    return names.map { "\(destination)/\($0)" }
  }

  /// Forces a file's or folder's contents to disk.
  private static func flush(_ path: String) throws {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw DeliveryError.cannotCreate(folder: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else {
      throw DeliveryError.cannotCreate(folder: path, reason: String(cString: strerror(errno)))
    }
  }
}

/// A report could not be put in place.
public enum DeliveryError: Error, Equatable, CustomStringConvertible {
  /// A folder or file could not be created or flushed.
  case cannotCreate(folder: String, reason: String)
  /// The new reports could not replace the old ones.
  case cannotReplace(folder: String, reason: String)

  /// What went wrong, naming the folder.
  public var description: String {
    switch self {
    case .cannotCreate(let folder, let reason):
      "\(folder): error: cannot write reports here: \(reason)"
    case .cannotReplace(let folder, let reason):
      "\(folder): error: cannot put the new reports in place (\(reason)); the previous reports are untouched"
    }
  }
}
