/// Finds where a JSON document breaks the grammar, to name the line and column in an error.
///
/// The decoder only says that a document is not valid JSON; this check walks the bytes with an
/// explicit stack (no recursion, so nesting cannot exhaust the call stack) and stops at the first
/// byte that cannot continue a JSON text (RFC 8259): objects, arrays, strings with their escapes,
/// numbers, `true`, `false`, `null`, whitespace.
enum JSONSyntax {
  /// Where a document breaks the grammar.
  struct Break: Equatable {
    /// The 1-based line.
    var line: Int
    /// The 1-based column, in characters.
    var column: Int
    /// What could have come there.
    var expected: String
    /// What did come there: a short quote of the text, empty at the end of the document.
    var found: String
  }

  /// The first place the document breaks the grammar, or `nil` when it is valid JSON.
  ///
  /// - Parameter bytes: The document.
  /// - Returns: The place and what was expected there.
  /// - Complexity: O(*n*) time, O(depth) space.
  static func firstBreak(in bytes: [UInt8]) -> Break? {
    var scanner = Scanner(bytes: bytes)
    return scanner.run()
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0
    /// Open containers: `{` or `[`.
    var stack: [UInt8] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func run() -> Break? {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
      var needsValue = true
      while true {
        skipSpace()
        if needsValue {
          guard index < bytes.count else { return fail("a value") }
          let byte = bytes[index]
          guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") else {
            if let problem = scalar() { return problem }
            needsValue = false
            continue
          }
          index += 1
          skipSpace()
          if index < bytes.count, bytes[index] == Self.closing(byte) {
            index += 1
            needsValue = false
          } else {
            stack.append(byte)
            if byte == UInt8(ascii: "{"), let problem = key() { return problem }
          }
          continue
        }
        guard let open = stack.last else {
          return index < bytes.count ? fail("the end of the document") : nil
        }
        let separators = open == UInt8(ascii: "{") ? "',' or '}'" : "',' or ']'"
        guard index < bytes.count else { return fail(separators) }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          skipSpace()
          if open == UInt8(ascii: "{"), let problem = key() { return problem }
          needsValue = true
        } else if bytes[index] == Self.closing(open) {
          index += 1
          stack.removeLast()
        } else {
          return fail(separators)
        }
      }
    }

    /// The bracket that closes one that opens.
    static func closing(_ open: UInt8) -> UInt8 {
      open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
    }

    /// A key and its colon, after `{` or `,` in an object; the value follows.
    mutating func key() -> Break? {
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        return fail("a key in double quotes")
      }
      if let problem = string() { return problem }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return fail("':'") }
      index += 1
      return nil
    }

    /// A string, number or literal.
    mutating func scalar() -> Break? {
      switch bytes[index] {
      case UInt8(ascii: "\""): return string()
      case UInt8(ascii: "t"): return literal("true")
      case UInt8(ascii: "f"): return literal("false")
      case UInt8(ascii: "n"): return literal("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
      default: return fail("a value")
      }
    }

    mutating func string() -> Break? {
      index += 1
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          index += 1
          return nil
        }
        if byte < 0x20 { return fail("a character or '\"'; control characters must be escaped") }
        if byte == UInt8(ascii: "\\") {
          index += 1
          guard index < bytes.count else { break }
          switch bytes[index] {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 1
          case UInt8(ascii: "u"):
            index += 1
            for _ in 0..<4 {
              guard index < bytes.count, Self.isHexDigit(bytes[index]) else {
                return fail("four hexadecimal digits after \\u")
              }
              index += 1
            }
          default:
            return fail("an escape: \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u")
          }
          continue
        }
        index += 1
      }
      return fail("'\"' to close the string")
    }

    mutating func number() -> Break? {
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digits() > 0 else { return fail("a digit") }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        guard digits() > 0 else { return fail("a digit after the decimal point") }
      }
      if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
        index += 1
        if index < bytes.count,
          bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
        {
          index += 1
        }
        guard digits() > 0 else { return fail("a digit in the exponent") }
      }
      return nil
    }

    mutating func digits() -> Int {
      let start = index
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        index += 1
      }
      return index - start
    }

    mutating func literal(_ word: String) -> Break? {
      for byte in word.utf8 {
        guard index < bytes.count, bytes[index] == byte else { return fail("'\(word)'") }
        index += 1
      }
      return nil
    }

    mutating func skipSpace() {
      while index < bytes.count,
        [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index])
      {
        index += 1
      }
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    /// The break at the current byte.
    func fail(_ expected: String) -> Break {
      let at = min(index, bytes.count)
      let before = bytes[..<at]
      let line = 1 + before.count(where: { $0 == 0x0A })
      let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      let column = 1 + String(decoding: bytes[lineStart..<at], as: UTF8.self).count
      let found = String(decoding: bytes[at..<min(at + 12, bytes.count)], as: UTF8.self)
      return Break(line: line, column: column, expected: expected, found: found)
    }
  }
}
