import Testing

@testable import AlmanacIngest

/// `on_bad_rows: fail | skip`: failing lists the bad rows of the file; skipping counts them and
/// keeps the first reasons.
@Suite struct BadRowPolicyTests {
  private static let csv =
    "id,n\n" + (1...15).map { $0 % 3 == 0 ? "\($0),bad\($0)\n" : "\($0),\($0).5\n" }.joined()

  @Test func failingListsTheBadRowsOfTheFile() async throws {
    let options = ReadOptions(numeric: ["n"], problemLimit: 3)
    let error = try #require(
      await BadInputTests.error(reading: Array(Self.csv.utf8), name: "log.csv", options: options))
    #expect(
      error.description == """
        log.csv:4:2: error: column "n": cannot read "bad3" as a number
        log.csv:7:2: error: column "n": cannot read "bad6" as a number
        log.csv:10:2: error: column "n": cannot read "bad9" as a number
        log.csv: note: stopped after 3 problems
        """)
    #expect(error.furtherProblems.count == 2)
    #expect(error.expected == "a number")
  }

  @Test func failingWithFewerProblemsThanTheLimitListsThemAll() async throws {
    let options = ReadOptions(numeric: ["n"])
    let error = try #require(
      await BadInputTests.error(reading: Array(Self.csv.utf8), name: "log.csv", options: options))
    #expect(error.furtherProblems.map(\.line) == [7, 10, 13, 16])
    #expect(!error.reachedProblemLimit)
  }

  @Test func skippingCountsEveryBadRowAndKeepsTheFirstReasons() async throws {
    let options = ReadOptions(numeric: ["n"], onBadRows: .skip, problemLimit: 2)
    let result = try await TableReader.read(text: Self.csv, name: "log.csv", options: options)
    #expect(result.skippedRows == 5)
    #expect(result.skipReasons.map(\.line) == [4, 7])
    #expect(result.skipReasons.first?.value == "bad3")
    #expect(result.table.rowCount == 10)
    // Ten distinct integers are left, so the id column is categorical.
    #expect(result.table["id"]?.texts == ["1", "2", "4", "5", "7", "8", "10", "11", "13", "14"])
  }

  @Test func skippingStillFailsOnProblemsThatAreNotRows() async throws {
    let options = ReadOptions(onBadRows: .skip)
    let error = await BadInputTests.error(
      reading: Array("a,b\n1,\"x".utf8), name: "cut.csv", options: options)
    #expect(error?.reason == .unclosedQuote)
  }

  @Test func readsAFiveMegabyteLineWhenTheLimitAllows() async throws {
    let options = ReadOptions(maximumRecordBytes: 8 << 20)
    let cell = String(repeating: "x", count: 5 << 20)
    let table = try await TableReader.read(
      text: "a,b\n1,\(cell)\n2,y\n", name: "long.csv", options: options
    ).table
    #expect(table["b"]?.texts == [cell, "y"])
  }

  @Test func shortensHugeAndControlCharacterValues() {
    #expect(
      CellText.escaped(String(repeating: "é", count: 100)) == String(repeating: "é", count: 40)
        + "… (200 bytes)")
    #expect(CellText.escaped("a\tb\"c\\\u{7}") == "a\\tb\\\"c\\\\\\u{7}")
    #expect(CellText.escaped([0x61, 0xFF, 0x62]) == "a\\xFFb")
  }
}
