/// Reads small text files, such as a config, as UTF-8, with errors that name the place.
public enum TextFile {
  /// The text of a file, which must be a regular file of valid UTF-8.
  ///
  /// - Parameter path: The file.
  /// - Returns: Its text, a byte-order mark removed.
  /// - Throws: ``IngestError`` naming the file: missing, not a regular file, unreadable, or
  ///   ``IngestError/Reason/invalidUTF8`` at the line and column of the first bad byte.
  public static func read(_ path: String) throws(IngestError) -> String {
    var bytes = try InputSource.file(path).readAll()
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let bad = firstInvalidByte(bytes) else { return String(decoding: bytes, as: UTF8.self) }
    let before = bytes[..<bad]
    let line = 1 + before.count(where: { $0 == 0x0A })
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let column = 1 + String(decoding: bytes[lineStart..<bad], as: UTF8.self).count
    let hex = String(bytes[bad], radix: 16, uppercase: true)
    throw IngestError(
      .invalidUTF8, file: path, line: line, column: column,
      value: "\\x" + (hex.count == 1 ? "0" : "") + hex)
  }

  /// The offset of the first byte that breaks UTF-8, `nil` when the bytes are valid.
  static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error: return offset
      case .emptyInput: return nil
      }
    }
  }
}
