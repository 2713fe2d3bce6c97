/// Splits CSV or TSV bytes into records and fields, as RFC 4180 describes.
///
/// Records end with LF, CRLF or a lone CR (outside quotes); the last record may lack one. A field
/// that starts with `"` is quoted: it runs to the next `"` not followed by another `"`, may hold
/// delimiters and line breaks, and `""` inside stands for `"`. A `"` inside an unquoted field is
/// an ordinary character (as Python's csv module and pandas read it). Text between a closing quote
/// and the next delimiter is an error, since no reading of it is safe.
struct DelimitedScanner: Sendable {
  /// The outcome of scanning from the start of a record.
  enum Outcome: Equatable {
    /// A whole record: `end` is where the next one starts, `lineBreaks` how many line ends it
    /// spans, including its own terminator.
    case record(end: Int, lineBreaks: Int)
    /// The bytes end inside the record; more are needed (never when the input is final).
    case incomplete
    /// The input ends inside a quoted field that starts at `fieldStart` (its opening quote).
    case unclosedQuote(fieldStart: Int)
    /// Text follows a closing quote of the field numbered `field` (0-based), at `position`.
    case textAfterQuote(field: Int, position: Int)
  }

  /// The field delimiter: `,` for CSV, tab for TSV.
  let delimiter: UInt8

  /// The scanner of a format: tab-delimited for TSV, comma-delimited otherwise.
  init(format: FileFormat) { delimiter = UInt8(ascii: format == .tsv ? "\t" : ",") }

  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Scans the record starting at `position`.
  ///
  /// - Parameters:
  ///   - bytes: The block.
  ///   - position: Where the record starts.
  ///   - isFinal: Whether no bytes follow the block.
  ///   - fields: Receives the record's fields (cleared first).
  /// - Returns: What was found.
  /// - Complexity: O(record length).
  @inline(__always)
  func scan(
    _ bytes: UnsafeRawBufferPointer, from position: Int, isFinal: Bool,
    into fields: inout FieldList
  ) -> Outcome {
    fields.removeAll()
    let count = bytes.count
    // Bytes above this value are never special, which skips most of them with one comparison.
    let highestSpecial = max(delimiter, Self.carriageReturn)
    var index = position
    var lineBreaks = 0
    while true {
      if index < count && bytes[index] == Self.quote {
        // Quoted field.
        let start = index + 1
        var cursor = start
        var quoting = FieldSpan.Quoting.quoted
        while true {
          while cursor < count && bytes[cursor] != Self.quote {
            if bytes[cursor] == Self.lineFeed { lineBreaks += 1 }
            cursor += 1
          }
          if cursor == count {
            return isFinal ? .unclosedQuote(fieldStart: index) : .incomplete
          }
          if cursor + 1 < count && bytes[cursor + 1] == Self.quote {
            quoting = .escaped
            cursor += 2
            continue
          }
          if cursor + 1 == count && !isFinal { return .incomplete }
          break
        }
        fields.append(FieldSpan(start: start, end: cursor, quoting: quoting))
        index = cursor + 1
        if index == count {
          return isFinal ? .record(end: index, lineBreaks: lineBreaks) : .incomplete
        }
        let next = bytes[index]
        if next == delimiter {
          index += 1
          continue
        }
        guard next == Self.lineFeed || next == Self.carriageReturn else {
          return .textAfterQuote(field: fields.count - 1, position: index)
        }
      } else {
        // Unquoted field: eight bytes at a time while they hold no delimiter or line end.
        let start = index
        while index + 8 <= count {
          let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          let stops =
            Self.bytes(equalTo: delimiter, in: word)
            | Self.bytes(equalTo: Self.lineFeed, in: word)
            | Self.bytes(equalTo: Self.carriageReturn, in: word)
          if stops != 0 {
            index += stops.trailingZeroBitCount / 8
            break
          }
          index += 8
        }
        while index < count {
          let byte = bytes[index]
          if byte <= highestSpecial
            && (byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn)
          {
            break
          }
          index += 1
        }
        fields.append(FieldSpan(start: start, end: index, quoting: .plain))
        if index == count {
          return isFinal ? .record(end: index, lineBreaks: lineBreaks) : .incomplete
        }
        if bytes[index] == delimiter {
          index += 1
          continue
        }
      }
      // A line end at `index`: LF, CRLF or a lone CR.
      if bytes[index] == Self.carriageReturn {
        if index + 1 == count && !isFinal { return .incomplete }
        if index + 1 < count && bytes[index + 1] == Self.lineFeed { index += 1 }
      }
      return .record(end: index + 1, lineBreaks: lineBreaks + 1)
    }
  }

  /// A word with the high bit set in each byte of `word` that equals `byte`, and possibly in
  /// bytes above the first such byte (a borrow can spill upward), never below it: so the lowest
  /// set bit marks the first match exactly (bytes are little-endian).
  @inline(__always)
  private static func bytes(equalTo byte: UInt8, in word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let x = word ^ (ones &* UInt64(byte))
    return (x &- ones) & ~x & (ones &* 0x80)
  }

  /// The number of line feeds in `bytes[from..<to]`, to locate a cell inside a multi-line record.
  static func lineFeeds(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
    var count = 0
    for index in start..<end where bytes[index] == lineFeed { count += 1 }
    return count
  }
}
