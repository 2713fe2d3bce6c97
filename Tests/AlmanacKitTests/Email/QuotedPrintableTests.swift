import AlmanacMetrics
import Foundation
import Testing

@testable import AlmanacKit

/// Quoted-printable text keeps its lines short, its line ends as CRLF and its content safe for
/// mail transport.
@Suite struct QuotedPrintableTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let encoded: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(name: "plain ASCII", text: "Net value: $62.6k", encoded: "Net value: $62.6k"),
    Case(name: "equals sign", text: "a=b", encoded: "a=3Db"),
    Case(name: "UTF-8", text: "Santé ✓", encoded: "Sant=C3=A9 =E2=9C=93"),
    Case(
      name: "line breaks", text: "one\ntwo\r\nthree\rfour\n",
      encoded: "one\r\ntwo\r\nthree\r\nfour\r\n"),
    Case(name: "trailing space and tab", text: "a \nb\t\n c", encoded: "a=20\r\nb=09\r\n c"),
    Case(name: "inner spaces", text: "a  b\tc", encoded: "a  b\tc"),
    Case(name: "control characters", text: "bell\u{7}nul\u{0}", encoded: "bell=07nul=00"),
    Case(name: "dot opening a line", text: ".\n..x\nx.", encoded: "=2E\r\n=2E.x\r\nx."),
    Case(
      name: "From opening a line", text: "From here\nFrom\nFromage",
      encoded: "=46rom here\r\nFrom\r\nFromage"),
    Case(name: "empty", text: "", encoded: ""),
  ])
  func encodes(_ example: Case) {
    #expect(
      String(decoding: QuotedPrintable.encode(example.text), as: UTF8.self) == example.encoded)
  }

  @Test func longLinesGetSoftBreaksAt76() {
    let encoded = String(
      decoding: QuotedPrintable.encode(String(repeating: "a", count: 160)), as: UTF8.self)
    #expect(
      encoded
        == String(repeating: "a", count: 75) + "=\r\n" + String(repeating: "a", count: 75) + "=\r\n"
        + String(repeating: "a", count: 10))
  }

  @Test func aLineOf76FitsWithoutABreak() {
    let line = String(repeating: "a", count: 76)
    #expect(String(decoding: QuotedPrintable.encode(line), as: UTF8.self) == line)
  }

  @Test func aSoftBreakNeverSplitsAnEscape() {
    let encoded = String(
      decoding: QuotedPrintable.encode(String(repeating: "a", count: 74) + "é"), as: UTF8.self)
    #expect(encoded == String(repeating: "a", count: 74) + "=\r\n=C3=A9")
  }

  @Test func theLineRulesApplyAfterASoftBreak() {
    let dot = String(repeating: "a", count: 75) + ".b"
    #expect(
      String(decoding: QuotedPrintable.encode(dot), as: UTF8.self)
        == String(repeating: "a", count: 75) + "=\r\n=2Eb")
    let from = String(repeating: "a", count: 75) + "From x"
    #expect(
      String(decoding: QuotedPrintable.encode(from), as: UTF8.self)
        == String(repeating: "a", count: 75) + "=\r\n=46rom x")
  }

  @Test func anyTextGivesShortSafeLines() {
    let alphabet = Array("ab .=\t\n\r-_Fromé✓🚨\u{0}\u{85}")
    var generator = SplitMix64(seed: 2026)
    for _ in 0..<200 {
      let text = String(
        (0..<300).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      let encoded = String(decoding: QuotedPrintable.encode(text), as: UTF8.self)
      for line in encoded.components(separatedBy: "\r\n") {
        #expect(line.count <= 76, "seed 2026: \(line)")
        #expect(!line.hasPrefix(".") && !line.hasPrefix("From ") && !line.hasPrefix("--=_"))
        #expect(line.last != " " && line.last != "\t")
      }
      #expect(!encoded.contains("=_"))
      #expect(
        encoded.utf8.allSatisfy {
          $0 == 0x09 || $0 == 0x0D || $0 == 0x0A || (0x20...0x7E).contains($0)
        })
    }
  }
}
