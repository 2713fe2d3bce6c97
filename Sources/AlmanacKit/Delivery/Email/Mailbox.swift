/// An address with an optional display name, as a person writes it: `Ana Silva <ana@example.com>`,
/// `"Silva, Ana" <ana@example.com>`, `José Núñez <jose@example.com>` or a bare `ana@example.com`.
///
/// The address itself passes `EmailAddress`'s strict grammar. The name is free text on one line:
/// in double quotes it may hold any character but a line break or another control character (`\"`
/// and `\\` for a quote and a backslash); without quotes it may not hold `"`, `<`, `>`, `,`, `;`
/// or `\`. Runs of spaces in a name shrink to one. In a header (`headerWords`) a name of plain
/// ASCII letters, digits and spaces is written as it is, other ASCII names are quoted (RFC 5322's
/// quoted-string), and names outside ASCII become RFC 2047 encoded words, so a name can never add
/// a header or another address.
public struct Mailbox: Sendable, Hashable, CustomStringConvertible {
  /// The longest display name, in characters.
  static let nameLimit = 200

  /// The display name, without quotes; `nil` for a bare address.
  public let name: String?
  /// The address.
  public let address: EmailAddress

  /// Reads one mailbox.
  ///
  /// - Parameter text: `Name <address>`, `"Name" <address>` or a bare address; spaces at either
  ///   end are dropped.
  /// - Throws: `EmailError.invalidAddress` naming the text and what is wrong with it.
  public init(_ text: String) throws(EmailError) {
    let trimmed = Self.trimmed(Substring(text))
    guard trimmed.last == ">" || trimmed.contains("<") else {
      name = nil
      address = try EmailAddress(String(trimmed))
      return
    }
    guard let open = trimmed.lastIndex(of: "<") else {
      throw .invalidAddress(text, .angleBracket(">"))
    }
    guard trimmed.last == ">" else {
      let isClosed = trimmed[open...].contains(">")
      throw .invalidAddress(text, isClosed ? .textAfterAddress : .unclosedBracket)
    }
    let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    do {
      address = try EmailAddress(String(inner))
    } catch .invalidAddress(_, let problem) {
      throw .invalidAddress(text, problem)
    }
    name = try Self.displayName(Self.trimmed(trimmed[..<open]), of: text)
  }

  /// Reads a comma-separated list of mailboxes, as given to `--email`.
  ///
  /// A comma inside a quoted name or between angle brackets does not separate.
  ///
  /// - Parameter list: `Ana Silva <ana@example.com>, "Silva, Rui" <rui@example.com>, cfo@example.com`.
  /// - Returns: The mailboxes in the order given.
  /// - Throws: `EmailError.invalidAddress` for the first one that is not valid, an empty one (two
  ///   commas in a row, or a comma at either end) included.
  public static func list(_ list: String) throws(EmailError) -> [Mailbox] {
    var items: [String] = []
    var current = ""
    var isQuoted = false
    var isEscaped = false
    var isBracketed = false
    for character in list {
      if isEscaped {
        isEscaped = false
      } else if isQuoted && character == "\\" {
        isEscaped = true
      } else if character == "\"" && !isBracketed {
        isQuoted.toggle()
      } else if !isQuoted && (character == "<" || character == ">") {
        isBracketed = character == "<"
      } else if character == "," && !isQuoted && !isBracketed {
        items.append(current)
        current = ""
        continue
      }
      current.append(character)
    }
    items.append(current)
    var mailboxes: [Mailbox] = []
    for item in items { mailboxes.append(try Mailbox(item)) }
    return mailboxes
  }

  /// The mailbox as a reader writes it: `Ana Silva <ana@example.com>`, the name in quotes when it
  /// holds a character that needs them; the bare address when there is no name.
  public var description: String {
    guard let name else { return address.text }
    return "\(Self.isAtomic(name) ? name : Self.quoted(name)) <\(address.text)>"
  }

  /// The mailbox as header words (see `HeaderField`): the name as atoms, a quoted-string or RFC
  /// 2047 encoded words, then `<address>`.
  var headerWords: [String] {
    let bracketed = "<\(address.text)>"
    guard let name else { return [address.text] }
    let isASCII = name.utf8.allSatisfy { (0x20...0x7E).contains($0) } && !name.contains("=?")
    let words: [String]
    if !isASCII {
      words = HeaderField.encodedWords(name)
    } else if Self.isAtomic(name) {
      words = name.split(separator: " ").map(String.init)
    } else {
      words = Self.quoted(name).split(separator: " ").map(String.init)
    }
    return words + [bracketed]
  }

  /// Whether a name needs no quotes: letters, digits and single spaces. (In a header, a name
  /// outside ASCII is encoded before this is asked.)
  private static func isAtomic(_ name: String) -> Bool {
    name.allSatisfy { $0 == " " || $0.isLetter || $0.isNumber }
  }

  /// A name as an RFC 5322 quoted-string.
  private static func quoted(_ name: String) -> String {
    var text = "\""
    for character in name {
      if character == "\"" || character == "\\" { text.append("\\") }
      text.append(character)
    }
    return text + "\""
  }

  /// The text without spaces at either end.
  private static func trimmed(_ text: Substring) -> Substring {
    let start = text.firstIndex { $0 != " " } ?? text.endIndex
    let end = text.lastIndex { $0 != " " }.map(text.index(after:)) ?? start
    return text[start..<end]
  }

  /// The display name written before `<`: unquoted, or one quoted-string; `nil` when empty.
  ///
  /// - Parameters:
  ///   - text: What comes before the `<`, without spaces at either end.
  ///   - mailbox: The whole mailbox, for the error.
  /// - Returns: The name without quotes and with single spaces.
  /// - Throws: `EmailError.invalidAddress` naming the mailbox and what is wrong with the name.
  private static func displayName(_ text: Substring, of mailbox: String) throws(EmailError)
    -> String?
  {
    func refuse(_ problem: AddressProblem) -> EmailError { .invalidAddress(mailbox, problem) }
    if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      throw refuse(.nameControlCharacter)
    }
    var name = ""
    if text.first == "\"" {
      var isEscaped = false
      var isClosed = false
      for character in text.dropFirst() {
        if isClosed { throw refuse(.textAfterQuotedName) }
        if isEscaped {
          name.append(character)
          isEscaped = false
        } else if character == "\\" {
          isEscaped = true
        } else if character == "\"" {
          isClosed = true
        } else {
          name.append(character)
        }
      }
      if !isClosed { throw refuse(.unclosedQuote) }
    } else {
      if let bad = text.first(where: { "\"<>,;\\".contains($0) }) {
        throw refuse(.nameCharacter(bad))
      }
      name = String(text)
    }
    if name.unicodeScalars.contains(where: { ["\u{2028}", "\u{2029}"].contains($0) }) {
      throw refuse(.nameControlCharacter)
    }
    let words = name.split(separator: " ")
    if words.joined().count > nameLimit { throw refuse(.longName) }
    return words.isEmpty ? nil : words.joined(separator: " ")
  }
}
