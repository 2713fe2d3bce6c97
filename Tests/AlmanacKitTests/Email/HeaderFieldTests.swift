import Foundation
import Testing

@testable import AlmanacKit

/// Header fields fold at 78 characters, encode what is not plain ASCII, and never hold a line
/// break of their own.
@Suite struct HeaderFieldTests {
  /// A field's lines without their CRLFs.
  static func lines(_ field: HeaderField) -> [String] {
    String(decoding: field.bytes, as: UTF8.self).components(separatedBy: "\r\n").dropLast()
  }

  @Test func foldsBetweenWordsAndUnfoldsToTheValue() {
    let words = (1...30).map { "word\($0)" }
    let lines = Self.lines(HeaderField("Subject", words: words))
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= 78 })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") && !$0.hasPrefix("  ") })
    #expect(lines.joined() == "Subject: " + words.joined(separator: " "))
  }

  @Test func plainASCIIStaysReadable() {
    #expect(
      Self.lines(.text("Subject", "Weekly model health 2026-W47: all well."))
        == ["Subject: Weekly model health 2026-W47: all well."])
  }

  @Test func lineBreaksBecomeSpaces() {
    #expect(
      Self.lines(.text("Subject", "Weekly\r\nBcc: evil@example.com\n\tand\u{85}more"))
        == ["Subject: Weekly Bcc: evil@example.com and more"])
  }

  @Test func directionAndTerminalControlsShowAsCodes() {
    #expect(
      Self.lines(.text("Subject", "fraud\u{202E}gninee \u{1B}[2J"))
        == ["Subject: fraudU+202Egninee [2J"])
  }

  @Test(arguments: [
    "Santé des modèles", "looks =?utf-8?B?ZXZpbA==?= encoded",
    String(repeating: "x", count: 80), "tab\u{2028}separator é",
  ])
  func otherTextBecomesEncodedWords(_ text: String) {
    let lines = Self.lines(.text("Subject", text))
    let words = lines.joined().dropFirst("Subject: ".count).split(separator: " ")
    #expect(lines.allSatisfy { $0.count <= 78 })
    for word in words {
      #expect(word.hasPrefix("=?utf-8?B?") && word.hasSuffix("?=") && word.count <= 75)
      let payload = word.dropFirst(10).dropLast(2)
      #expect((Data(base64Encoded: String(payload))?.count ?? 99) <= 42)
    }
  }

  @Test func encodedWordsAreCutAfterASpaceAndDecodeToTheText() throws {
    let text =
      "José Núñez — Risikoüberwachung Ärztekammer Zürich und " + String(repeating: "é", count: 30)
    let words = HeaderField.encodedWords(text)
    let decoded = try words.map { word in
      let base64 = try #require(word.wholeMatch(of: /=\?utf-8\?B\?([A-Za-z0-9+\/=]+)\?=/)?.1)
      let data = try #require(Data(base64Encoded: String(base64)))
      #expect(data.count <= 42)
      return try #require(String(data: data, encoding: .utf8))
    }
    #expect(decoded.joined() == text)
    // Every cut but the one inside the 30 é's, which no space breaks, falls after a space.
    #expect(decoded.dropLast(2).allSatisfy { $0.hasSuffix(" ") }, "\(decoded)")
  }

  @Test func shortASCIIParametersAreQuoted() {
    let field = HeaderField.parameterized(
      "Content-Disposition", "attachment", parameters: ["filename": "almanac-2026-W47.xlsx"])
    #expect(
      Self.lines(field) == ["Content-Disposition: attachment; filename=\"almanac-2026-W47.xlsx\""])
  }

  @Test func otherParametersUseRFC2231() {
    let field = HeaderField.parameterized(
      "Content-Disposition", "attachment", parameters: ["filename": "prévisions \"Q4\".xlsx"])
    #expect(
      Self.lines(field) == [
        "Content-Disposition: attachment;",
        " filename*=utf-8''pr%C3%A9visions%20%22Q4%22.xlsx",
      ])
  }

  @Test func longParametersContinueOverSeveralLines() {
    let name = String(repeating: "é", count: 10) + ".xlsx"
    let lines = Self.lines(
      .parameterized("Content-Disposition", "attachment", parameters: ["filename": name]))
    let eight = String(repeating: "%C3%A9", count: 8)
    #expect(
      lines == [
        "Content-Disposition: attachment;", " filename*0*=utf-8''\(eight);",
        " filename*1*=%C3%A9%C3%A9.xlsx",
      ])
  }

  @Test func aWordTooLongForTheFirstLineStaysThere() {
    let type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    #expect(
      Self.lines(.parameterized("Content-Type", type, parameters: ["name": "a.xlsx"]))
        == ["Content-Type: \(type);", " name=\"a.xlsx\""])
  }
}
