internal import AlmanacReport
internal import Foundation

/// One header field of a message, folded into lines of at most 78 characters.
///
/// A value is a list of words, each printable ASCII without spaces; folding breaks lines only at
/// the space between two words (RFC 5322 section 2.2.3), so unfolding gives the value back. The
/// first word always stays on the field's first line: a word too long for it (the workbook's media
/// type makes an 80-character line) is left whole, still far below RFC 5322's 998. No word can
/// hold a CR, LF or other control character, so no value can start a header of its own.
struct HeaderField: Equatable {
  /// The preferred longest line, without its CRLF (RFC 5322 section 2.1.1).
  static let lineLimit = 78

  /// The field's name, such as `Subject`.
  let name: String
  /// The value's words, joined by single spaces.
  let words: [String]

  /// Creates a field.
  ///
  /// - Parameters:
  ///   - name: The field's name.
  ///   - words: Printable ASCII words without spaces, as the encoders below make them.
  init(_ name: String, words: [String]) {
    for word in words {
      precondition(
        !word.isEmpty && word.utf8.allSatisfy { (0x21...0x7E).contains($0) },
        "header word \(String(reflecting: word)) is not printable ASCII")
    }
    self.name = name
    self.words = words
  }

  /// A field of free text, such as `Subject`, encoded as RFC 2047 words when it needs to be.
  ///
  /// The text is put on one line first (`EmailText.singleLine(_:)`). It is written as it is when
  /// it is printable ASCII, holds no `=?` (which a reader would take for an encoded word) and each
  /// of its words fits on a line; otherwise the whole text becomes `=?utf-8?B?…?=` words of at most
  /// 42 bytes of UTF-8 each (68 characters), cut between Unicode scalars. Readers join adjacent
  /// encoded words without the space between them, so the text decodes exactly.
  ///
  /// - Parameters:
  ///   - name: The field's name.
  ///   - text: Untrusted text.
  /// - Returns: The field.
  static func text(_ name: String, _ text: String) -> HeaderField {
    let line = VisibleText.of(EmailText.singleLine(text))
    let plain = line.split(separator: " ").map(String.init)
    let longestWord = lineLimit - name.count - 2
    let isPlain =
      line.utf8.allSatisfy { (0x20...0x7E).contains($0) } && !line.contains("=?")
      && plain.allSatisfy { $0.utf8.count <= longestWord }
    return HeaderField(name, words: isPlain ? plain : encodedWords(line))
  }

  /// A field with a value and parameters, such as `Content-Type` or `Content-Disposition`.
  ///
  /// - Parameters:
  ///   - name: The field's name.
  ///   - value: The value: a media type or a disposition, a token without spaces.
  ///   - parameters: Names and values in order; see `parameterWords(_:_:)`.
  /// - Returns: The field.
  static func parameterized(
    _ name: String, _ value: String, parameters: KeyValuePairs<String, String>
  ) -> HeaderField {
    let words = [value] + parameters.flatMap { parameterWords($0.key, $0.value) }
    let separated = words.indices.map { index in
      index < words.count - 1 ? words[index] + ";" : words[index]
    }
    return HeaderField(name, words: separated)
  }

  /// The field's lines, each ended by CRLF.
  var bytes: [UInt8] {
    var lines: [String] = []
    var line = "\(name):"
    for word in words {
      if line.count + 1 + word.count > Self.lineLimit && line != "\(name):" {
        lines.append(line)
        line = " \(word)"
      } else {
        line += " \(word)"
      }
    }
    lines.append(line)
    return Array(lines.map { $0 + "\r\n" }.joined().utf8)
  }

  /// RFC 2047 `B` words for a text, each at most 42 bytes of UTF-8 before encoding.
  ///
  /// Words are cut after a space where one falls within the limit, so the space travels inside
  /// the encoded text and each word of the text stays whole: a reader that keeps the folding
  /// space between two encoded words (Python's address parser does, though RFC 2047 drops it)
  /// then shows at worst a double space, never a word cut in two. A word longer than the limit is
  /// cut between Unicode scalars.
  static func encodedWords(_ text: String) -> [String] {
    var words: [String] = []
    var chunk: [UInt8] = []
    func flush() {
      guard !chunk.isEmpty else { return }
      words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=")
      chunk = []
    }
    func add(_ scalar: Unicode.Scalar) {
      let bytes = Array(String(scalar).utf8)
      if chunk.count + bytes.count > 42 { flush() }
      chunk += bytes
    }
    for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
      if index > 0 {
        add(" ")
        if chunk.count + word.utf8.count > 42 { flush() }
      }
      for scalar in word.unicodeScalars { add(scalar) }
    }
    flush()
    return words
  }

  /// One parameter as words: `name="value"` when the value is printable ASCII without spaces,
  /// `"` or `\` and fits on a line; otherwise RFC 2231's `name*=utf-8''…` with percent-encoded
  /// UTF-8, continued as `name*0*=utf-8''…`, `name*1*=…` in pieces of at most 48 characters cut
  /// between Unicode scalars when it is longer.
  private static func parameterWords(_ name: String, _ value: String) -> [String] {
    let isQuotable =
      !value.isEmpty
      && value.utf8.allSatisfy { (0x21...0x7E).contains($0) && $0 != 0x22 && $0 != 0x5C }
      && name.count + value.count + 5 <= lineLimit
    if isQuotable { return ["\(name)=\"\(value)\""] }
    var pieces = [""]
    for scalar in value.unicodeScalars {
      let encoded = percentEncoded(scalar)
      if let last = pieces.last, last.count + encoded.count > 48 { pieces.append("") }
      pieces[pieces.count - 1] += encoded
    }
    guard pieces.count > 1 else { return ["\(name)*=utf-8''\(pieces[0])"] }
    return pieces.enumerated().map { index, piece in
      "\(name)*\(index)*=\(index == 0 ? "utf-8''" : "")\(piece)"
    }
  }

  /// A scalar as RFC 2231 `attribute-char`s: ASCII letters, digits and ``!#$&+-.^_`|~`` as they
  /// are, each byte of its UTF-8 as `%XX` otherwise.
  private static func percentEncoded(_ scalar: Unicode.Scalar) -> String {
    let isKept =
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
      || "!#$&+-.^_`|~".unicodeScalars.contains(scalar)
    if isKept { return String(scalar) }
    let digits = Array("0123456789ABCDEF")
    return String(scalar).utf8.map { "%\(digits[Int($0 >> 4)])\(digits[Int($0 & 0x0F)])" }.joined()
  }
}
