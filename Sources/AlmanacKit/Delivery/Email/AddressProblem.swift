/// Why a text is not an e-mail address under `EmailAddress`'s grammar.
public enum AddressProblem: Sendable, Equatable, CustomStringConvertible {
  /// Nothing was given.
  case empty
  /// A line break, tab or other control character.
  case controlCharacter
  /// A space.
  case space
  /// A character outside ASCII.
  case notASCII
  /// `<` or `>`: a name with an address in brackets.
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

  /// What is wrong, in words.
  public var description: String {
    switch self {
    case .empty: "it is empty"
    case .controlCharacter: "it contains a line break or another control character"
    case .space: "it contains a space"
    case .notASCII: "it contains a character outside ASCII"
    case .angleBracket(let bracket):
      "it contains \"\(bracket)\"; give the bare address, without a name or angle brackets"
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
    }
  }
}
