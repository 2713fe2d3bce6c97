/// Decodes the backslash escapes of a JSON string's content (RFC 8259 section 7) to UTF-8.
enum JSONStringDecoder {
  /// Decodes `content` into `output` (cleared first).
  ///
  /// - Parameters:
  ///   - content: The string's bytes between its quotes.
  ///   - output: Receives the decoded UTF-8.
  /// - Returns: False for an unknown escape, a malformed `\u` escape or a lone surrogate.
  static func decode(_ content: UnsafeRawBufferPointer, into output: inout [UInt8]) -> Bool {
    output.removeAll(keepingCapacity: true)
    var index = 0
    while index < content.count {
      let byte = content[index]
      guard byte == UInt8(ascii: "\\") else {
        output.append(byte)
        index += 1
        continue
      }
      guard index + 1 < content.count else { return false }
      index += 2
      switch content[index - 1] {
      case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "/"): output.append(UInt8(ascii: "/"))
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0C)
      case UInt8(ascii: "n"): output.append(UInt8(ascii: "\n"))
      case UInt8(ascii: "r"): output.append(UInt8(ascii: "\r"))
      case UInt8(ascii: "t"): output.append(UInt8(ascii: "\t"))
      case UInt8(ascii: "u"):
        guard var scalar = hexUnit(content, at: index) else { return false }
        index += 4
        if (0xD800..<0xDC00).contains(scalar) {
          guard index + 6 <= content.count, content[index] == UInt8(ascii: "\\"),
            content[index + 1] == UInt8(ascii: "u"), let low = hexUnit(content, at: index + 2),
            (0xDC00..<0xE000).contains(low)
          else { return false }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        }
        guard let value = Unicode.Scalar(scalar) else { return false }
        UTF8.encode(value) { output.append($0) }
      default: return false
      }
    }
    return true
  }

  private static func hexUnit(_ content: UnsafeRawBufferPointer, at index: Int) -> UInt32? {
    guard index + 4 <= content.count else { return nil }
    var value: UInt32 = 0
    for offset in 0..<4 {
      let byte = content[index + offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }
}
