extension BillingReader {
  /// Reads billing files named by paths or glob patterns, in order (patterns sorted).
  ///
  /// - Parameter paths: Paths and patterns.
  /// - Returns: The records in file order.
  /// - Throws: ``IngestError`` when a file cannot be read or a pattern matches nothing, and
  ///   everything ``read(_:)`` throws.
  public static func read(paths: [String]) throws(IngestError) -> [BillingRecord] {
    var files: [(name: String, bytes: [UInt8])] = []
    for entry in paths {
      for path in Glob.hasWildcards(entry) ? try Glob.expand(entry) : [entry] {
        files.append((path, try InputSource.file(path).readAll()))
      }
    }
    return try read(files)
  }
}
