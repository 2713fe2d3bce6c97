/// How input text is shaped for an e-mail: one-line values.
///
/// Model names, titles and headlines come from configs and exports. In a message header a line
/// break would start a new header (`\r\nBcc: …`), so every value that reaches a header or a line of
/// the plain-text body passes through `singleLine(_:)` first.
public enum EmailText {
  /// The text on one line: every control character and line or paragraph separator becomes a
  /// space, runs of spaces shrink to one, and spaces at either end are dropped.
  ///
  /// Control characters are Unicode's category Cc (U+0000–U+001F, U+007F–U+009F, which includes
  /// CR, LF, tab and NEL U+0085); separators are U+2028 and U+2029. Other characters, accents and
  /// symbols included, are kept as they are.
  ///
  /// - Parameter text: Untrusted text.
  /// - Returns: Text without line breaks or control characters.
  /// - Complexity: O(*n*) in the text's length.
  public static func singleLine(_ text: String) -> String {
    var line = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar == " " || isBreaking(scalar) {
        pendingSpace = !line.isEmpty
        continue
      }
      if pendingSpace { line.append(" ") }
      pendingSpace = false
      line.append(scalar)
    }
    return String(line)
  }

  /// Whether a scalar breaks a line or controls a terminal: category Cc, U+2028 or U+2029.
  private static func isBreaking(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .lineSeparator, .paragraphSeparator: true
    default: false
    }
  }
}
