/// Escapes text for HTML element content and quoted attribute values.
enum HTMLEscaping {
  /// The text with `&`, `<`, `>`, `"` and `'` written as character references, as Mustache's
  /// `{{…}}` does.
  ///
  /// - Parameter text: Untrusted text.
  /// - Returns: Text that shows as itself in HTML.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
