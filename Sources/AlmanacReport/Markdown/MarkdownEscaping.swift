/// Makes untrusted text safe to place anywhere in GitHub-flavoured Markdown: in a paragraph, a list
/// item, a heading or a table cell.
///
/// Rules, applied to every value a Markdown template shows:
/// - Line breaks (LF, CR, vertical tab, form feed, NEL, U+2028, U+2029) and tabs become spaces, so
///   a value never starts a new block or ends a table row.
/// - `\` `` ` `` `*` `_` `~` `[` `]` `<` `>` `|` `#` `&` `$` get a backslash: no emphasis, code
///   span, strikethrough, link, image, raw HTML, autolink, table cell, heading, entity or math.
///   CommonMark renders any escaped ASCII punctuation as the character itself.
/// - At the start of the value, `-`, `+` or `=` followed by a space, the same character or nothing
///   is escaped (no list item, thematic break or setext underline), and so is the `.` or `)` after
///   a leading number followed by a space or nothing (no ordered list).
enum MarkdownEscaping {
  /// Characters that always get a backslash.
  private static let punctuation: Set<Character> = [
    "\\", "`", "*", "_", "~", "[", "]", "<", ">", "|", "#", "&", "$",
  ]

  /// Characters that end a line or a table row, written as a space.
  private static let breaks: Set<Character> = [
    "\n", "\r", "\r\n", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
  ]

  /// Escapes text for Markdown.
  ///
  /// - Parameter text: Untrusted text.
  /// - Returns: Text that renders as itself (line breaks as spaces) wherever it is placed.
  /// - Complexity: O(*n*) in the text's length.
  static func escape(_ text: String) -> String {
    let characters = text.map { breaks.contains($0) ? " " : $0 }
    var escaped = ""
    escaped.reserveCapacity(characters.count + 8)
    let leading = leadingMarkerIndex(characters)
    for (index, character) in characters.enumerated() {
      if punctuation.contains(character) || index == leading { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  /// The index of a block marker at the start of the text, if there is one.
  private static func leadingMarkerIndex(_ characters: [Character]) -> Int? {
    guard let first = characters.first else { return nil }
    func endsMarker(_ index: Int) -> Bool {
      index >= characters.count || characters[index] == " "
    }
    if first == "-" || first == "+" || first == "=" {
      return endsMarker(1) || characters[1] == first ? 0 : nil
    }
    let digits = characters.prefix { $0.isASCII && $0.isNumber }.count
    if digits > 0, digits < characters.count,
      characters[digits] == "." || characters[digits] == ")",
      endsMarker(digits + 1)
    {
      return digits
    }
    return nil
  }
}
