extension Registry {
  /// Reads a CSV registry from a file (gzip recognised by its signature).
  ///
  /// - Parameter path: The CSV file; see ``init(csv:file:)`` for its columns.
  /// - Returns: The registry.
  /// - Throws: ``IngestError`` when the file cannot be read or a row is bad.
  public static func loadCSV(path: String) throws(IngestError) -> Registry {
    try Registry(csv: InputSource.file(path).readAll(), file: path)
  }
}
