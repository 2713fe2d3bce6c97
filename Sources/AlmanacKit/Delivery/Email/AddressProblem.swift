/// Why a text is not an e-mail address under `EmailAddress`'s grammar, or not a mailbox under
/// `Mailbox`'s.
public enum AddressProblem: Sendable, Equatable, CustomStringConvertible {
  /// Nothing was given.
  case empty
  /// A line break, tab or other control character.
  case controlCharacter
  /// A space.
  case space
  /// A character outside ASCII.
  case notASCII
  /// `<` or `>` in an address, or a `>` without its `<`.
  case angleBracket(Character)
  /// A comma or semicolon: more than one address.
  case severalAddresses
  /// No `@`, or more than one.
  case atSign
  /// More than 254 characters in all.
  case tooLong
  /// Nothing before the `@`.
  case emptyLocalPart
  /// More than 64 characters before the `@`.
  case longLocalPart
  /// A character that is not allowed before the `@`.
  case localCharacter(Character)
  /// A dot at either end of the part before the `@`, or two in a row.
  case localDot
  /// Nothing after the `@`.
  case emptyDomain
  /// More than 253 characters after the `@`.
  case longDomain
  /// A character that is not a letter, digit, hyphen or dot after the `@`.
  case domainCharacter(Character)
  /// A dot at either end of the domain, or two in a row.
  case emptyLabel
  /// A part of the domain longer than 63 characters.
  case longLabel
  /// A part of the domain that starts or ends with a hyphen.
  case labelHyphen
  /// A `<` without its `>`.
  case unclosedBracket
  /// Text after the `>` that closes the address.
  case textAfterAddress
  /// A line break or another control character in the display name.
  case nameControlCharacter
  /// A display name that opens a double quote and never closes it.
  case unclosedQuote
  /// Text between a quoted display name and the `<`.
  case textAfterQuotedName
  /// A character an unquoted display name may not hold.
  case nameCharacter(Character)
  /// A display name longer than 200 characters.
  case longName

  /// What is wrong, in words.
  public var description: String {
    switch self {
    case .empty: "it is empty"
    case .controlCharacter: "it contains a line break or another control character"
    case .space: "it contains a space"
    case .notASCII: "it contains a character outside ASCII"
    case .angleBracket(let bracket):
      "it contains \"\(bracket)\" where it cannot be; write a name before the address in angle"
        + " brackets: Ana Silva <ana@example.com>"
    case .severalAddresses: "it holds more than one address; separate addresses with commas"
    case .atSign: "it needs exactly one @"
    case .tooLong: "it is longer than 254 characters"
    case .emptyLocalPart: "nothing comes before the @"
    case .longLocalPart: "the part before the @ is longer than 64 characters"
    case .localCharacter(let character): "\"\(character)\" is not allowed before the @"
    case .localDot: "the part before the @ starts or ends with a dot, or has two in a row"
    case .emptyDomain: "nothing comes after the @"
    case .longDomain: "the part after the @ is longer than 253 characters"
    case .domainCharacter(let character): "\"\(character)\" is not allowed after the @"
    case .emptyLabel: "the part after the @ starts or ends with a dot, or has two in a row"
    case .longLabel: "a part of the domain is longer than 63 characters"
    case .labelHyphen: "a part of the domain starts or ends with a hyphen"
    case .unclosedBracket: "the \"<\" before the address has no \">\""
    case .textAfterAddress: "text follows the \">\" that closes the address"
    case .nameControlCharacter: "the name contains a line break or another control character"
    case .unclosedQuote: "the name opens a double quote and does not close it"
    case .textAfterQuotedName: "text comes between the quoted name and the \"<\""
    case .nameCharacter(let character):
      "\"\(character)\" is not allowed in a name without quotes; put the name in double quotes"
    case .longName: "the name is longer than 200 characters"
    }
  }
}
