import Testing

@testable import AlmanacKit

/// Names go with addresses as people write them, quoted or encoded in headers so that a name can
/// never add an address or a header.
@Suite struct MailboxTests {
  @Test(
    arguments: [
      ("ana@example.com", nil, "ana@example.com"),
      ("  ana@example.com ", nil, "ana@example.com"),
      ("CEO <ceo@example.com>", "CEO", "ceo@example.com"),
      ("Ana   Silva<ana@example.com>", "Ana Silva", "ana@example.com"),
      (#""Silva, Ana" <ana@example.com>"#, "Silva, Ana", "ana@example.com"),
      (#""Ana \"The Boss\" Silva" <ana@example.com>"#, #"Ana "The Boss" Silva"#, "ana@example.com"),
      ("José Núñez <jose@example.com>", "José Núñez", "jose@example.com"),
      ("<ana@example.com>", nil, "ana@example.com"),
      (#""" <ana@example.com>"#, nil, "ana@example.com"),
      ("Ana M. O'Neil (Risk) <ana@example.com>", "Ana M. O'Neil (Risk)", "ana@example.com"),
    ] as [(String, String?, String)])
  func readsANameAndAnAddress(_ text: String, name: String?, address: String) throws {
    let mailbox = try Mailbox(text)
    #expect(mailbox.name == name)
    #expect(mailbox.address.text == address)
  }

  @Test(arguments: [
    ("Ana <ana@example.com", AddressProblem.unclosedBracket),
    ("Ana <ana@example.com> x", .textAfterAddress),
    ("ana@example.com>", .angleBracket(">")),
    ("Ana\r\nBcc: evil@example.com <ana@example.com>", .nameControlCharacter),
    ("Ana\u{2028}Bcc <ana@example.com>", .nameControlCharacter),
    (#""Ana <ana@example.com>"#, .unclosedQuote),
    (#""Ana" Silva <ana@example.com>"#, .textAfterQuotedName),
    ("Silva, Ana <ana@example.com>", .nameCharacter(",")),
    (#"Ana "B" <ana@example.com>"#, .nameCharacter("\"")),
    ("Ana <ana silva@example.com>", .space),
    (String(repeating: "a", count: 201) + " <ana@example.com>", .longName),
  ])
  func refusesWithTheReason(_ text: String, problem: AddressProblem) {
    #expect(throws: EmailError.invalidAddress(text, problem)) { try Mailbox(text) }
  }

  @Test func readsAListWithCommasInQuotedNames() throws {
    let list = try Mailbox.list(
      #"ceo@example.com, "Silva, Ana" <ana@example.com> ,Rui <rui@example.com>"#)
    #expect(list.map(\.address.text) == ["ceo@example.com", "ana@example.com", "rui@example.com"])
    #expect(list.map(\.name) == [nil, "Silva, Ana", "Rui"])
  }

  @Test(arguments: [
    ("ceo@example.com,,cfo@example.com", ""), ("ceo@example.com,", ""),
    ("ceo@example.com, Ana <ana@example.com>x", " Ana <ana@example.com>x"),
  ])
  func listNamesTheFirstBadMailbox(_ list: String, bad: String) {
    #expect(throws: EmailError.self) { try Mailbox.list(list) }
    do {
      _ = try Mailbox.list(list)
    } catch .invalidAddress(let text, _) {
      #expect(text == bad)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test(arguments: [
    ("ana@example.com", ["ana@example.com"]),
    ("Ana Silva <ana@example.com>", ["Ana", "Silva", "<ana@example.com>"]),
    (#""Silva, Ana" <ana@example.com>"#, [#""Silva,"#, #"Ana""#, "<ana@example.com>"]),
    (
      #"Bcc: evil@example.com <ana@example.com>"#,
      [#""Bcc:"#, #"evil@example.com""#, "<ana@example.com>"]
    ),
    (
      #""A \"B\" \\ C" <ana@example.com>"#,
      [#""A"#, #"\"B\""#, #"\\"#, #"C""#, "<ana@example.com>"]
    ),
    ("José <jose@example.com>", ["=?utf-8?B?Sm9zw6k=?=", "<jose@example.com>"]),
    (
      "=?utf-8?B?QQ==?= <a@example.com>",
      ["=?utf-8?B?PT91dGYtOD9CP1FRPT0/PQ==?=", "<a@example.com>"]
    ),
  ])
  func writesHeaderWordsThatKeepTheNameApart(_ text: String, words: [String]) throws {
    #expect(try Mailbox(text).headerWords == words)
  }

  @Test func describesItselfAsAReaderWritesIt() throws {
    #expect(try Mailbox("ana@example.com").description == "ana@example.com")
    #expect(
      try Mailbox("Ana  Silva <ana@example.com>").description == "Ana Silva <ana@example.com>")
    #expect(
      try Mailbox(#""Silva, Ana" <ana@example.com>"#).description
        == #""Silva, Ana" <ana@example.com>"#)
  }
}
