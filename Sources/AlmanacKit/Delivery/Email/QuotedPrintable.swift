/// Quoted-printable encoding of text (RFC 2045 section 6.7), for the message's text parts.
///
/// The text's line breaks become CRLF; every other byte is written as itself when it is printable
/// ASCII (`!` to `~` except `=`) or an inner space or tab, and as `=XX` otherwise. Lines longer than
/// 76 characters are cut with a soft break (`=` at the end of the line), never inside an `=XX`.
/// Two rules keep the text intact through mail transport: a `.` that would open a line is written
/// `=2E` (a line holding only `.` ends the input of `sendmail` without `-i` and of SMTP), and the
/// `F` of a line opening with `From ` is written `=46` (mailbox files mark it with `>`). The output
/// never contains `=_`, which is why the message's boundaries start with it.
enum QuotedPrintable {
  /// The longest line, soft break included (RFC 2045: 76).
  static let lineLimit = 76

  /// Encodes text.
  ///
  /// - Parameter text: Text with `\n`, `\r\n` or `\r` line breaks.
  /// - Returns: ASCII lines joined by CRLF, each at most 76 characters; a final line break in the
  ///   text gives a final CRLF.
  /// - Complexity: O(*n*) in the text's UTF-8 length.
  static func encode(_ text: String) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
    let lines = text.replacingLineBreaks().split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      if index > 0 { output += [cr, lf] }
      encode(line: Array(line.utf8), into: &output)
    }
    return output
  }

  /// Encodes one line of text, without its line break, cutting it with soft breaks.
  private static func encode(line: [UInt8], into output: inout [UInt8]) {
    var column = 0
    for (index, byte) in line.enumerated() {
      let isLast = index == line.count - 1
      var token = token(for: byte, isLast: isLast)
      // Leave room for the soft break's `=`, unless the token ends the line.
      if column + token.count > lineLimit - (isLast ? 0 : 1) {
        output += [equals, cr, lf]
        column = 0
      }
      if column == 0 && opensLineBadly(line, at: index) { token = escaped(byte) }
      output += token
      column += token.count
    }
  }

  /// The characters that stand for one byte.
  private static func token(for byte: UInt8, isLast: Bool) -> [UInt8] {
    switch byte {
    case equals: escaped(byte)
    case 0x21...0x7E: [byte]
    case space, tab: isLast ? escaped(byte) : [byte]
    default: escaped(byte)
    }
  }

  /// Whether the line's byte at `index`, written first on an output line, would be a `.` or the
  /// `F` of `From `.
  private static func opensLineBadly(_ line: [UInt8], at index: Int) -> Bool {
    line[index] == UInt8(ascii: ".") || line[index...].starts(with: Array("From ".utf8))
  }

  /// `=XX` with upper-case hexadecimal digits.
  private static func escaped(_ byte: UInt8) -> [UInt8] {
    [equals, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
  }

  private static let hexDigits = Array("0123456789ABCDEF".utf8)

  private static let equals = UInt8(ascii: "=")
  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")
}

extension String {
  /// The text with every `\r\n` and lone `\r` turned into `\n`.
  fileprivate func replacingLineBreaks() -> String {
    var result = String.UnicodeScalarView()
    var afterCR = false
    for scalar in unicodeScalars {
      if scalar == "\n" && afterCR {
        afterCR = false
        continue
      }
      afterCR = scalar == "\r"
      result.append(afterCR ? "\n" : scalar)
    }
    return String(result)
  }
}
