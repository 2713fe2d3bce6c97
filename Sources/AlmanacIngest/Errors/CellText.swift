/// Turns a cell's raw bytes into text that is safe to quote in a one-line error message.
///
/// Invalid UTF-8 bytes become `\xNN`; backslash, double quote, tab, CR, LF and other control
/// characters are escaped as in Swift string literals; at most ``maximumCharacters`` characters
/// are kept, followed by `…` and the cell's size in bytes. The work is bounded by the kept length,
/// not by the cell's size, so a 5 MB cell costs no more than a short one.
public enum CellText {
  /// The number of characters kept before the text is shortened.
  public static let maximumCharacters = 40

  /// The escaped, shortened form of `bytes`.
  ///
  /// - Parameter bytes: The cell's raw bytes, in any encoding.
  /// - Returns: Text without control characters, at most ``maximumCharacters`` characters
  ///   (counting an escape as one) plus a size note when shortened.
  public static func escaped(_ bytes: some Collection<UInt8>) -> String {
    var result = ""
    var kept = 0
    var index = bytes.startIndex
    while index != bytes.endIndex {
      if kept == maximumCharacters {
        return result + "… (\(bytes.count) bytes)"
      }
      let (scalar, next) = decodeScalar(bytes, at: index)
      if let scalar {
        result += escape(scalar)
      } else {
        result += "\\x" + hex(bytes[index])
      }
      kept += 1
      index = next
    }
    return result
  }

  /// The escaped, shortened form of a string.
  ///
  /// - Parameter text: The text to show.
  /// - Returns: The same as ``escaped(_:)`` on the text's UTF-8 bytes.
  public static func escaped(_ text: String) -> String { escaped(Array(text.utf8.prefix(256))) }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\\": return "\\\\"
    case "\"": return "\\\""
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
        return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
      return String(Character(scalar))
    }
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }

  /// Decodes one scalar at `index`, or returns nil and the next index for an invalid byte.
  private static func decodeScalar<C: Collection<UInt8>>(
    _ bytes: C, at index: C.Index
  ) -> (Unicode.Scalar?, C.Index) {
    var iterator = bytes[index...].makeIterator()
    var decoder = Unicode.UTF8()
    switch decoder.decode(&iterator) {
    case .scalarValue(let scalar):
      return (scalar, bytes.index(index, offsetBy: UTF8.width(scalar)))
    case .emptyInput, .error:
      return (nil, bytes.index(after: index))
    }
  }
}
