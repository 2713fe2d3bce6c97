extension TableReader {
  /// Reads files named by paths or glob patterns into one table.
  ///
  /// Each entry with a wildcard is expanded (``Glob/expand(_:)``, sorted); other entries are
  /// taken as they are. A file named twice is read once, at its first place.
  ///
  /// - Parameters:
  ///   - paths: Paths and patterns, in order.
  ///   - options: How to read.
  /// - Returns: As ``read(_:options:)``.
  /// - Throws: ``IngestError/Reason/noMatch`` for a pattern that matches nothing, ``IngestError/Reason/noSuchFile``
  ///   for a missing file, and everything ``read(_:options:)`` throws.
  public static func read(paths: [String], options: ReadOptions = ReadOptions())
    async throws(IngestError) -> ReadResult
  {
    var files: [String] = []
    var seen: Set<String> = []
    for entry in paths {
      for file in Glob.hasWildcards(entry) ? try Glob.expand(entry) : [entry]
      where seen.insert(file).inserted {
        files.append(file)
      }
    }
    return try await read(files.map(InputSource.file), options: options)
  }
}
