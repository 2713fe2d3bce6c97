extension BillingReader {
  /// Reads billing files named by paths or glob patterns, in order (patterns sorted).
  ///
  /// - Parameter paths: Paths and patterns.
  /// - Returns: The records in file order.
  /// - Throws: ``IngestError`` when a file cannot be read or a pattern matches nothing, and
  ///   everything ``read(_:)`` throws.
  public static func read(paths: [String]) throws(IngestError) -> [BillingRecord] {
    var files: [InputSource] = []
    for entry in paths {
      files += (Glob.hasWildcards(entry) ? try Glob.expand(entry) : [entry]).map(InputSource.file)
    }
    return try read(files)
  }
}
