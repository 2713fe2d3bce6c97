import AlmanacMetrics
import Testing

@testable import AlmanacIngest

/// Random tables written as CSV (quoting as RFC 4180 requires) read back unchanged: every mix of
/// delimiters, quotes, line breaks and field lengths around the scanner's eight-byte steps.
@Suite struct CSVRoundTripTests {
  private static let alphabet: [Character] = [
    "a", "b", "7", ",", "\"", "\n", "\r", " ", "é", "\t", "x",
  ]

  private static func randomCell(_ random: inout SplitMix64) -> String {
    let length = Int.random(in: 0...20, using: &random)
    return String(
      (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
  }

  private static func quoted(_ cell: String, delimiter: Character) -> String {
    // Scalars, not characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    let specials = Set(String(delimiter).unicodeScalars).union(["\"", "\n", "\r"])
    let needsQuotes = cell.isEmpty || cell.unicodeScalars.contains { specials.contains($0) }
    guard needsQuotes else { return cell }
    return "\""
      + cell.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
      + "\""
  }

  @Test(arguments: [(FileFormat.csv, "\r\n"), (.csv, "\n"), (.tsv, "\n")])
  func readsBackRandomCells(format: FileFormat, lineEnd: String) async throws {
    let seed: UInt64 = 99
    var random = SplitMix64(seed: seed)
    let delimiter: Character = format == .tsv ? "\t" : ","
    let names = ["c0", "c1", "c2", "c3"]
    var rows: [[String]] = []
    for _ in 0..<3_000 { rows.append(names.map { _ in Self.randomCell(&random) }) }
    let text =
      names.joined(separator: String(delimiter)) + lineEnd
      + rows.map {
        $0.map { Self.quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter))
          + lineEnd
      }.joined()
    let options = ReadOptions(missingValues: [], categorical: Set(names), format: format)
    let table = try await TableReader.read(text: text, name: "random", options: options).table
    for (column, name) in names.enumerated() {
      #expect(table[name]?.texts == rows.map { $0[column] }, "column \(name) (seed \(seed))")
    }
  }
}
