/// A Mustache tag found in a template's text, with its position.
///
/// The scanner reads `{{…}}` and `{{{…}}}` with the default delimiters, which is all the report
/// templates use (changing delimiters is rejected when templates load). It only classifies tags;
/// Mustache's own parser has already checked the syntax.
struct TemplateTag: Sendable, Equatable {
  /// What a tag does.
  enum Kind: Sendable, Equatable {
    /// `{{name}}`: a value, escaped.
    case variable
    /// `{{{name}}}` or `{{&name}}`: a value, not escaped.
    case unescaped
    /// `{{#name}}`.
    case section
    /// `{{^name}}`.
    case invertedSection
    /// `{{/name}}`.
    case closing
    /// `{{>name}}`: includes another template.
    case partial
    /// `{{<name}}`: includes another template and overrides its blocks.
    case parent
    /// `{{$name}}`: a block a parent template may override.
    case block
    /// `{{!…}}`.
    case comment
    /// `{{%…}}`: a pragma such as `CONTENT_TYPE: MARKDOWN`.
    case pragma
    /// `{{=… …=}}`: changes the delimiters.
    case delimiters
  }

  /// What the tag does.
  var kind: Kind
  /// The tag's name or content, without its sigil and surrounding spaces.
  var content: String
  /// The 1-based line of the tag's first brace.
  var line: Int
  /// The 1-based column of the tag's first brace, counted in characters.
  var column: Int

  /// Finds every tag in a template.
  ///
  /// - Parameter text: The template.
  /// - Returns: The tags in order; an unclosed tag at the end is ignored.
  /// - Complexity: O(*n*) in the template's length.
  static func scan(_ text: String) -> [TemplateTag] {
    let characters = Array(text)
    var tags: [TemplateTag] = []
    var index = 0
    var line = 1
    var column = 1
    func move(to end: Int) {
      while index < end {
        if characters[index] == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        index += 1
      }
    }
    while index + 1 < characters.count {
      guard characters[index] == "{", characters[index + 1] == "{" else {
        move(to: index + 1)
        continue
      }
      let isTriple = index + 2 < characters.count && characters[index + 2] == "{"
      let opening = isTriple ? 3 : 2
      let closing: [Character] = isTriple ? ["}", "}", "}"] : ["}", "}"]
      var end = index + opening
      while end + closing.count <= characters.count,
        Array(characters[end..<(end + closing.count)]) != closing
      {
        end += 1
      }
      guard end + closing.count <= characters.count else { break }
      let inner = String(characters[(index + opening)..<end])
      tags.append(classify(inner, isTriple: isTriple, line: line, column: column))
      move(to: end + closing.count)
    }
    return tags
  }

  /// Classifies a tag by its first character.
  private static func classify(_ inner: String, isTriple: Bool, line: Int, column: Int)
    -> TemplateTag
  {
    let trimmed = inner.trimmingSpaces
    func tag(_ kind: Kind, _ content: Substring) -> TemplateTag {
      TemplateTag(kind: kind, content: String(content).trimmingSpaces, line: line, column: column)
    }
    if isTriple { return tag(.unescaped, Substring(trimmed)) }
    let rest = trimmed.dropFirst()
    switch trimmed.first {
    case "#": return tag(.section, rest)
    case "^": return tag(.invertedSection, rest)
    case "/": return tag(.closing, rest)
    case ">": return tag(.partial, rest)
    case "<": return tag(.parent, rest)
    case "$": return tag(.block, rest)
    case "!": return tag(.comment, rest)
    case "%": return tag(.pragma, rest)
    case "=": return tag(.delimiters, rest)
    case "&": return tag(.unescaped, rest)
    default: return tag(.variable, Substring(trimmed))
    }
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  fileprivate var trimmingSpaces: String {
    let isSpace = { (character: Character) in character.isWhitespace }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
