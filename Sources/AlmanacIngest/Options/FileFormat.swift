/// The layout of an export file.
///
/// Gzip compression is independent of the format.
public enum FileFormat: String, Sendable, Equatable, CaseIterable {
  /// Comma-separated values as in RFC 4180, with a header line.
  case csv
  /// Tab-separated values with a header line; quoting as in CSV, when a field starts with `"`.
  case tsv
  /// One JSON object per line, with string, number, boolean or null values.
  case jsonLines

  /// The format named by a file's extension, ignoring a trailing `.gz`; nil when unknown.
  ///
  /// `.csv` is CSV, `.tsv` and `.tab` are TSV, `.jsonl` and `.ndjson` are JSON Lines; case is
  /// ignored.
  ///
  /// - Parameter path: A file path or name.
  /// - Returns: The format, or nil when the extension is none of those.
  public static func inferred(fromPath path: String) -> FileFormat? {
    var name = Substring(path.lowercased())
    if name.hasSuffix(".gz") { name = name.dropLast(3) }
    guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
    switch name[name.index(after: dot)...] {
    case "csv": return .csv
    case "tsv", "tab": return .tsv
    case "jsonl", "ndjson": return .jsonLines
    default: return nil
    }
  }

  /// Whether a path's name ends in `.gz` (any case).
  static func hasGzipExtension(_ path: String) -> Bool { path.lowercased().hasSuffix(".gz") }
}
