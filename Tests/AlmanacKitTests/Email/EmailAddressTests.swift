import AlmanacKit
import Testing

/// Addresses pass a small, strict grammar, and each refusal says what is wrong.
@Suite struct EmailAddressTests {
  @Test(arguments: [
    "ana@example.com", "ana.silva+reports@mail.example.co.uk", "x@localhost",
    "o'brien@example.com", "a!#$%&'*+-/=?^_`{|}~@example-1.com",
  ])
  func acceptsAddresses(_ text: String) throws {
    let address = try EmailAddress(text)
    #expect(address.text == text)
    #expect(address.description == text)
  }

  @Test func keepsTheDomain() throws {
    #expect(try EmailAddress("ana@mail.example.com").domain == "mail.example.com")
  }

  struct Refusal: Sendable, CustomTestStringConvertible {
    let text: String
    let problem: AddressProblem
    var testDescription: String { String(reflecting: text) }
  }

  @Test(arguments: [
    Refusal(text: "", problem: .empty),
    Refusal(text: "ana@example.com\r\nBcc: evil@example.com", problem: .controlCharacter),
    Refusal(text: "ana@example.com\nBcc:evil@example.com", problem: .controlCharacter),
    Refusal(text: "ana\t@example.com", problem: .controlCharacter),
    Refusal(text: "ana@exam\u{7F}ple.com", problem: .controlCharacter),
    Refusal(text: "Ana<ana@example.com", problem: .angleBracket("<")),
    Refusal(text: "ana@example.com>", problem: .angleBracket(">")),
    Refusal(text: "ana@example.com,evil@example.com", problem: .severalAddresses),
    Refusal(text: "ana@example.com; evil@example.com", problem: .severalAddresses),
    Refusal(text: "ana silva@example.com", problem: .space),
    Refusal(text: "ana@example.com ", problem: .space),
    Refusal(text: "anaïs@example.com", problem: .notASCII),
    Refusal(text: "ana@bücher.example", problem: .notASCII),
    Refusal(text: "ana\u{2028}@example.com", problem: .notASCII),
    Refusal(text: "ana.example.com", problem: .atSign),
    Refusal(text: "ana@evil@example.com", problem: .atSign),
    Refusal(text: "@example.com", problem: .emptyLocalPart),
    Refusal(text: String(repeating: "a", count: 65) + "@example.com", problem: .longLocalPart),
    Refusal(text: "\"ana\"@example.com", problem: .localCharacter("\"")),
    Refusal(text: "ana(x)@example.com", problem: .localCharacter("(")),
    Refusal(text: ".ana@example.com", problem: .localDot),
    Refusal(text: "ana.@example.com", problem: .localDot),
    Refusal(text: "ana..silva@example.com", problem: .localDot),
    Refusal(text: "ana@", problem: .emptyDomain),
    Refusal(text: "ana@[192.0.2.1]", problem: .domainCharacter("[")),
    Refusal(text: "ana@exa_mple.com", problem: .domainCharacter("_")),
    Refusal(text: "ana@example..com", problem: .emptyLabel),
    Refusal(text: "ana@.example.com", problem: .emptyLabel),
    Refusal(text: "ana@example.com.", problem: .emptyLabel),
    Refusal(text: "ana@" + String(repeating: "a", count: 64) + ".com", problem: .longLabel),
    Refusal(text: "ana@-example.com", problem: .labelHyphen),
    Refusal(text: "ana@example-.com", problem: .labelHyphen),
    Refusal(
      text: "ana@"
        + Array(repeating: String(repeating: "a", count: 60), count: 5)
        .joined(separator: "."), problem: .tooLong),
  ])
  func refusesWithTheReason(_ refusal: Refusal) {
    #expect(throws: EmailError.invalidAddress(refusal.text, refusal.problem)) {
      try EmailAddress(refusal.text)
    }
  }

  @Test func refusalReadsAsAnErrorWithAHint() {
    let error = EmailError.invalidAddress(
      "ana@example.com\r\nBcc: evil@example.com", .controlCharacter)
    #expect(
      error.description
        == #"error: "ana@example.com\r\nBcc: evil@example.com" is not an e-mail address: "#
        + "it contains a line break or another control character\n"
        + "  hint: write addresses as ana@example.com or Ana Silva <ana@example.com>,"
        + " separated by commas")
    #expect(
      EmailError.invalidAddress("ana.example.com", .atSign).description
        == "error: \"ana.example.com\" is not an e-mail address: it needs exactly one @\n"
        + "  hint: write addresses as ana@example.com or Ana Silva <ana@example.com>,"
        + " separated by commas")
  }
}
