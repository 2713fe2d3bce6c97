import Foundation

extension Glob {
  /// The regular files matching a pattern, sorted by their paths' bytes.
  ///
  /// Components without wildcards are taken as they are; components with wildcards are matched
  /// against the entries of the folders found so far. Folders are not returned; a match that is
  /// neither a folder nor a regular file (a pipe, a device, a socket), which reading could block
  /// on or never finish, is an error. Symbolic links count as what they point to.
  ///
  /// - Parameter pattern: A path whose components may hold wildcards, such as
  ///   `exports/2026-*/predictions-*.csv.gz`.
  /// - Returns: The matching files, in a deterministic order.
  /// - Throws: ``IngestError/Reason/noMatch`` when nothing matches,
  ///   ``IngestError/Reason/notARegularFile`` for a pipe, device or socket.
  public static func expand(_ pattern: String) throws(IngestError) -> [String] {
    let fileManager = FileManager.default
    // Paths found so far, each a prefix of the result; "" is the current folder.
    var candidates = [pattern.hasPrefix("/") ? "/" : ""]
    for component in pattern.split(separator: "/").map(String.init) {
      var next: [String] = []
      for prefix in candidates {
        let names: [String]
        if hasWildcards(component) {
          let folder = prefix.isEmpty ? "." : prefix
          names = ((try? fileManager.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { matches($0, pattern: component) }
        } else {
          names = [component]
        }
        next += names.map {
          prefix.isEmpty ? $0 : prefix.hasSuffix("/") ? prefix + $0 : prefix + "/" + $0
        }
      }
      candidates = next
    }
    var files: [String] = []
    for path in candidates {
      let values = try? URL(fileURLWithPath: path).resourceValues(forKeys: [
        .isRegularFileKey, .isDirectoryKey,
      ])
      guard let values, values.isDirectory != true else { continue }
      guard values.isRegularFile == true else { throw IngestError(.notARegularFile, file: path) }
      files.append(path)
    }
    guard !files.isEmpty else { throw IngestError(.noMatch, file: pattern) }
    return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
