/// An e-mail address checked against a small, strict grammar: `local@domain`, ASCII only.
///
/// The grammar is RFC 5322's `dot-atom` on both sides of one `@`, with RFC 1035 host names on the
/// right: the local part is 1 to 64 characters of letters, digits and ``!#$%&'*+-/=?^_`{|}~``
/// in dot-separated runs; the domain is dot-separated labels of letters, digits and hyphens (1 to
/// 63 characters each, no hyphen at either end), 253 characters at most; the whole address is 254
/// characters at most (RFC 5321's path limit). Quoted local parts, comments, angle brackets,
/// address literals and non-ASCII (SMTPUTF8) addresses are refused; a display name goes with the
/// address in a `Mailbox`. So an address can
/// never carry a space, a comma, a line break or anything else that could change a header's
/// meaning, and every accepted address is valid in `From` and `To` as it stands.
public struct EmailAddress: Sendable, Hashable, CustomStringConvertible {
  /// The address as given, such as `ana.silva@example.com`.
  public let text: String
  /// The part after the `@`, such as `example.com`.
  public let domain: String

  /// Checks an address.
  ///
  /// - Parameter text: One address, without spaces, name or angle brackets.
  /// - Throws: `EmailError.invalidAddress` naming the address and what is wrong with it.
  public init(_ text: String) throws(EmailError) {
    if let problem = Self.problem(with: text) { throw .invalidAddress(text, problem) }
    self.text = text
    domain = String(text.drop { $0 != "@" }.dropFirst())
  }

  /// The address.
  public var description: String { text }

  /// What is wrong with an address, or `nil` when it is valid.
  ///
  /// - Parameter text: The address.
  /// - Returns: The first problem found, checked from the broadest to the most specific.
  static func problem(with text: String) -> AddressProblem? {
    if text.isEmpty { return .empty }
    let scalars = text.unicodeScalars
    if scalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return .controlCharacter }
    if let bracket = scalars.first(where: { $0 == "<" || $0 == ">" }) {
      return .angleBracket(Character(bracket))
    }
    if scalars.contains(",") || scalars.contains(";") { return .severalAddresses }
    if scalars.contains(" ") { return .space }
    if scalars.contains(where: { $0.value > 0x7E }) { return .notASCII }
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return .atSign }
    if text.utf8.count > 254 { return .tooLong }
    return localPartProblem(parts[0]) ?? domainProblem(parts[1])
  }

  /// What is wrong with a local part (`dot-atom`), if anything.
  private static func localPartProblem(_ local: Substring) -> AddressProblem? {
    if local.isEmpty { return .emptyLocalPart }
    if local.utf8.count > 64 { return .longLocalPart }
    if let bad = local.first(where: { !isAlphanumeric($0) && !"!#$%&'*+-/=?^_`{|}~.".contains($0) })
    {
      return .localCharacter(bad)
    }
    if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") {
      return .localDot
    }
    return nil
  }

  /// What is wrong with a domain (RFC 1035 host name), if anything.
  ///
  /// - Parameter domain: The domain.
  /// - Returns: The first problem found, or `nil`.
  static func domainProblem(_ domain: Substring) -> AddressProblem? {
    if domain.isEmpty { return .emptyDomain }
    if domain.utf8.count > 253 { return .longDomain }
    if let bad = domain.first(where: { !isAlphanumeric($0) && $0 != "-" && $0 != "." }) {
      return .domainCharacter(bad)
    }
    for label in domain.split(separator: ".", omittingEmptySubsequences: false) {
      if label.isEmpty { return .emptyLabel }
      if label.utf8.count > 63 { return .longLabel }
      if label.hasPrefix("-") || label.hasSuffix("-") { return .labelHyphen }
    }
    return nil
  }

  /// Whether a character is an ASCII letter or digit.
  private static func isAlphanumeric(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber)
  }
}
