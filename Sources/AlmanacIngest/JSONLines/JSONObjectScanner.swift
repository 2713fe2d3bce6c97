/// One key and value of a flat JSON object, as byte ranges of the line.
struct JSONMember: Sendable {
  /// The kind of a value.
  enum Kind: Sendable, Equatable {
    /// A string; `escaped` when it holds backslash escapes to decode.
    case string(escaped: Bool)
    /// A number (its text is the range).
    case number
    /// `true` or `false` (its text is the range).
    case boolean
    /// `null`.
    case null
    /// An object or array.
    case nested
  }

  /// The key's content, without quotes.
  var keyStart: Int
  /// One past the key's content.
  var keyEnd: Int
  /// Whether the key holds backslash escapes.
  var keyIsEscaped: Bool
  /// The value's content (without quotes for strings).
  var valueStart: Int
  /// One past the value's content.
  var valueEnd: Int
  /// The value's kind.
  var kind: Kind
}

/// Reads one line of JSON Lines as an object of strings, numbers, booleans and nulls.
///
/// The grammar is RFC 8259's. Nested objects and arrays are skipped over (bracket depth, strings
/// respected) and reported as ``JSONMember/Kind/nested``; whether that is an error depends on
/// whether the column is kept.
struct JSONObjectScanner {
  /// The outcome of scanning a line.
  enum Outcome: Equatable {
    /// An object; its members are in the array passed in.
    case object
    /// Malformed JSON: what was expected at byte `position`.
    case invalid(expected: String, position: Int)
  }

  private let bytes: UnsafeRawBufferPointer
  private var index: Int
  private let end: Int

  /// Scans `bytes[start..<end]` (one line, without its line end).
  ///
  /// - Parameters:
  ///   - bytes: The block.
  ///   - start: The line's first byte.
  ///   - end: One past its last byte.
  ///   - members: Receives the object's members in order (cleared first).
  /// - Returns: Whether the line is an object.
  static func scan(
    _ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, into members: inout [JSONMember]
  ) -> Outcome {
    members.removeAll(keepingCapacity: true)
    var scanner = JSONObjectScanner(bytes: bytes, index: start, end: end)
    return scanner.object(into: &members)
  }

  private mutating func object(into members: inout [JSONMember]) -> Outcome {
    skipWhitespace()
    guard take(UInt8(ascii: "{")) else {
      return .invalid(expected: "an object, starting with {", position: index)
    }
    skipWhitespace()
    if take(UInt8(ascii: "}")) { return trailing() }
    while true {
      skipWhitespace()
      guard index < end, bytes[index] == UInt8(ascii: "\"") else {
        return .invalid(expected: "a key in double quotes", position: index)
      }
      guard let key = string() else {
        return .invalid(expected: "a closed string", position: index)
      }
      skipWhitespace()
      guard take(UInt8(ascii: ":")) else { return .invalid(expected: ":", position: index) }
      skipWhitespace()
      guard let (start, valueEnd, kind) = value() else {
        return .invalid(expected: "a value", position: index)
      }
      members.append(
        JSONMember(
          keyStart: key.start, keyEnd: key.end, keyIsEscaped: key.escaped, valueStart: start,
          valueEnd: valueEnd, kind: kind))
      skipWhitespace()
      if take(UInt8(ascii: ",")) { continue }
      guard take(UInt8(ascii: "}")) else { return .invalid(expected: ", or }", position: index) }
      return trailing()
    }
  }

  private mutating func trailing() -> Outcome {
    skipWhitespace()
    return index == end ? .object : .invalid(expected: "the end of the line", position: index)
  }

  private mutating func value() -> (Int, Int, JSONMember.Kind)? {
    guard index < end else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "\""):
      return string().map { ($0.start, $0.end, .string(escaped: $0.escaped)) }
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      let start = index
      return skipNested() ? (start, index, .nested) : nil
    case UInt8(ascii: "t"): return literal("true", kind: .boolean)
    case UInt8(ascii: "f"): return literal("false", kind: .boolean)
    case UInt8(ascii: "n"): return literal("null", kind: .null)
    default:
      let start = index
      return number() ? (start, index, .number) : nil
    }
  }

  /// A string at `index` (on its opening quote); returns its content range.
  private mutating func string() -> (start: Int, end: Int, escaped: Bool)? {
    index += 1
    let start = index
    var escaped = false
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return (start, index - 1, escaped)
      }
      if byte == UInt8(ascii: "\\") {
        escaped = true
        index = min(index + 2, end)  // a backslash that ends the line leaves the string open
        continue
      }
      guard byte >= 0x20 else { return nil }
      index += 1
    }
    return nil
  }

  /// Skips a number: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
  private mutating func number() -> Bool {
    _ = take(UInt8(ascii: "-"))
    if take(UInt8(ascii: "0")) {
      // A leading zero stands alone.
    } else if digits() == 0 {
      return false
    }
    if take(UInt8(ascii: ".")) && digits() == 0 { return false }
    if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
      if digits() == 0 { return false }
    }
    return true
  }

  private mutating func digits() -> Int {
    let start = index
    while index < end, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
    return index - start
  }

  private mutating func literal(_ word: StaticString, kind: JSONMember.Kind) -> (
    Int, Int, JSONMember.Kind
  )? {
    let start = index
    let length = word.utf8CodeUnitCount
    guard end - index >= length else { return nil }
    for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] { return nil }
    index += length
    return (start, index, kind)
  }

  /// Skips a nested object or array by bracket depth, stepping over strings.
  private mutating func skipNested() -> Bool {
    var depth = 0
    while index < end {
      switch bytes[index] {
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 {
          index += 1
          return true
        }
      case UInt8(ascii: "\""):
        guard string() != nil else { return false }
        continue
      default: break
      }
      index += 1
    }
    return false
  }

  private mutating func skipWhitespace() {
    while index < end {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): index += 1
      default: return
      }
    }
  }

  private mutating func take(_ byte: UInt8) -> Bool {
    guard index < end, bytes[index] == byte else { return false }
    index += 1
    return true
  }
}
