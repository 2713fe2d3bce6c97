import AlmanacKit
import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// The message's headers, its MIME structure, its line limits and its determinism.
@Suite struct EmailMessageTests {
  /// The message split at its boundary lines: the header section, then each part.
  static func sections(of text: String, boundary: String) -> [Substring] {
    text.components(separatedBy: "\r\n--\(boundary)").map { Substring($0) }
  }

  /// The value of a parameter such as `boundary="…"` in a header value.
  static func parameter(_ name: String, in value: String) -> String? {
    guard let start = value.range(of: "\(name)=\"") else { return nil }
    return value[start.upperBound...].split(separator: "\"").first.map(String.init)
  }

  @Test func headersComeInOrderWithTheirValues() throws {
    let message = try EmailFixture.message()
    let fields = EmailFixture.fields(EmailFixture.text(of: message)[...])
    #expect(
      fields.map(\.name) == [
        "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Auto-Submitted",
        "Content-Type",
      ])
    let values = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.value) })
    #expect(values["From"] == "almanac@reports.example.com")
    #expect(values["To"] == "ceo@example.com, cfo@example.com")
    #expect(values["Subject"] == "Act now: fraud-screening is red, 2026-W47")
    #expect(values["Date"] == "Mon, 23 Nov 2026 06:00:00 +0000")
    #expect(values["MIME-Version"] == "1.0")
    #expect(values["Auto-Submitted"] == "auto-generated")
    #expect(values["Message-ID"] == message.messageID)
    let id = message.messageID
    #expect(id.hasPrefix("<") && id.hasSuffix(".almanac@reports.example.com>"))
    #expect(id.dropFirst().prefix(32).allSatisfy { $0.isHexDigit })
  }

  @Test func partsNestAsMixedThenAlternativeThenAttachments() throws {
    let message = try EmailFixture.message()
    let text = EmailFixture.text(of: message)
    let top = Dictionary(
      uniqueKeysWithValues: EmailFixture.fields(text[...]).map { ($0.name, $0.value) })
    let mixed = try #require(top["Content-Type"].flatMap { Self.parameter("boundary", in: $0) })
    #expect(top["Content-Type"]?.hasPrefix("multipart/mixed; ") == true)

    // Preamble, three parts, and what follows the closing delimiter. Each part starts with the
    // delimiter line's CRLF, which is one `Character`.
    let outer = Self.sections(of: text, boundary: mixed)
    #expect(outer.count == 5)
    #expect(outer[4] == "--\r\n")
    let first = EmailFixture.fields(outer[1].dropFirst())
    #expect(first.map(\.name) == ["Content-Type"])
    let alternative = try #require(first.first.flatMap { Self.parameter("boundary", in: $0.value) })
    #expect(first.first?.value.hasPrefix("multipart/alternative; ") == true)
    let inner = Self.sections(of: String(outer[1]), boundary: alternative)
    #expect(inner.count == 4)
    #expect(inner[3] == "--\r\n")
    for (section, type) in zip(inner[1...2], ["text/plain", "text/html"]) {
      let fields = EmailFixture.fields(section.dropFirst())
      #expect(fields.map(\.name) == ["Content-Type", "Content-Transfer-Encoding"])
      #expect(fields.map(\.value) == ["\(type); charset=\"utf-8\"", "quoted-printable"])
    }
    let attachments = [
      (
        "\(EmailAttachment.workbookType); name=\"almanac-2026-W47.xlsx\"",
        "almanac-2026-W47.xlsx", EmailFixture.workbook
      ),
      ("text/html; charset=\"utf-8\"; name=\"report.html\"", "report.html", EmailFixture.page),
    ]
    for (section, (type, name, bytes)) in zip(outer[2...3], attachments) {
      let fields = EmailFixture.fields(section.dropFirst())
      #expect(
        fields.map(\.name) == ["Content-Type", "Content-Disposition", "Content-Transfer-Encoding"])
      #expect(fields.map(\.value) == [type, "attachment; filename=\"\(name)\"", "base64"])
      let body = try #require(section.components(separatedBy: "\r\n\r\n").dropFirst().first)
      let decoded = try #require(Data(base64Encoded: body, options: .ignoreUnknownCharacters))
      #expect([UInt8](decoded) == bytes)
    }
  }

  @Test func everyLineEndsWithCRLFAndKeepsToItsLimit() throws {
    let text = EmailFixture.text(of: try EmailFixture.message())
    #expect(text.hasSuffix("\r\n"))
    let bareBreaks = text.unicodeScalars.indices.filter { index in
      let scalar = text.unicodeScalars[index]
      let next = text.unicodeScalars.index(after: index)
      let previous =
        index > text.unicodeScalars.startIndex
        ? text.unicodeScalars[text.unicodeScalars.index(before: index)] : nil
      return
        (scalar == "\r"
        && (next == text.unicodeScalars.endIndex
          || text.unicodeScalars[next] != "\n"))
        || (scalar == "\n" && previous != "\r")
    }
    #expect(bareBreaks.isEmpty)
    #expect(text.utf8.allSatisfy { $0 < 0x80 })
    let long = text.components(separatedBy: "\r\n").filter { $0.count > 76 }
    #expect(long == ["Content-Type: \(EmailAttachment.workbookType);"])
  }

  @Test func sameInputsGiveTheSameBytes() throws {
    #expect(try EmailFixture.message().bytes == EmailFixture.message().bytes)
  }

  @Test func theSeedChangesOnlyTheBoundariesAndMessageID() throws {
    let one = EmailFixture.text(of: try EmailFixture.message(seed: 1))
    let two = EmailFixture.text(of: try EmailFixture.message(seed: 2))
    #expect(one != two)
    let hex = /[0-9a-f]{32}/
    #expect(one.replacing(hex, with: "#") == two.replacing(hex, with: "#"))
  }

  @Test func boundariesOccurOnlyOnTheirOwnLines() throws {
    let probe = EmailFixture.text(of: try EmailFixture.message())
    let mixed = try #require(Self.parameter("boundary", in: probe))
    var report = SampleReport.make()
    report.summary.headline = "--\(mixed)\n--\(mixed)--"
    report.models[0].name = "--\(mixed)"
    let workbook = Array("--\(mixed)\r\n".utf8) + EmailFixture.workbook
    let page = Array("--\(mixed)--\r\n".utf8) + EmailFixture.page
    let text = EmailFixture.text(
      of: try EmailFixture.message(report: report, workbook: workbook, page: page))
    let delimiters = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("--\(mixed)") }
    #expect(delimiters == ["--\(mixed)", "--\(mixed)", "--\(mixed)", "--\(mixed)--"])
  }

  @Test func messageIDTakesTheGivenDomain() throws {
    let message = try EmailFixture.message(messageIDDomain: "mail.example.net")
    #expect(message.messageID.hasSuffix(".almanac@mail.example.net>"))
  }

  @Test func refusesAMessageWithoutRecipients() {
    #expect(throws: EmailError.noRecipients) { try EmailFixture.message(to: []) }
  }

  @Test(arguments: [
    ("mail example.net", AddressProblem.domainCharacter(" ")),
    ("example.net>\r\nBcc: evil@example.com", .domainCharacter(">")),
    ("", .emptyDomain),
    (String(repeating: "a.", count: 127), .longDomain),
  ])
  func refusesAMessageIDDomainThatIsNotAHostName(_ domain: String, problem: AddressProblem) {
    #expect(throws: EmailError.invalidMessageIDDomain(domain, problem)) {
      try EmailFixture.message(messageIDDomain: domain)
    }
  }

  @Test func aTemplateFailureIsAnEmailError() {
    var report = SampleReport.make()
    report.branding.accentColor = "red"
    #expect(throws: EmailError.cannotRender(.invalidAccentColor("red"))) {
      try EmailFixture.message(report: report)
    }
  }

  @Test func errorsReadAsMessages() {
    #expect(
      EmailError.noRecipients.description
        == "error: the e-mail has no recipients\n"
        + "  hint: give --email a@example.com,b@example.com or list them in report.email.to")
    #expect(
      EmailError.invalidMessageIDDomain("a b", .domainCharacter(" ")).description
        == "error: \"a b\" cannot end a Message-ID: \" \" is not allowed after the @\n"
        + "  hint: give a host name such as example.com")
    #expect(
      EmailError.cannotRender(.invalidAccentColor("red")).description
        == RenderError.invalidAccentColor("red").description)
  }
}
