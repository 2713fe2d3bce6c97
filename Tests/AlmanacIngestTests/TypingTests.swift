import Testing

@testable import AlmanacIngest

/// Column kinds: DESIGN.md's inference rules, declarations and missing values.
@Suite struct TypingTests {
  private func read(_ csv: String, _ options: ReadOptions = ReadOptions()) async throws -> Table {
    try await TableReader.read(text: csv, name: "t.csv", options: options).table
  }

  @Test func infersNumbersTextAndSmallIntegerCategories() async throws {
    var csv = "price,region,rating,count\n"
    for row in 0..<30 { csv += "\(Double(row) + 0.25),r\(row % 3),\(row % 5),\(row)\n" }
    let table = try await read(csv)
    #expect(table["price"]?.numbers?.first == 0.25)
    #expect(
      table["region"]
        == .categorical(codes: (0..<30).map { Int32($0 % 3) }, levels: ["r0", "r1", "r2"]))
    // At most ten distinct integers: categorical, levels in order of first appearance.
    #expect(
      table["rating"]
        == .categorical(codes: (0..<30).map { Int32($0 % 5) }, levels: ["0", "1", "2", "3", "4"]))
    // Thirty distinct integers: numeric.
    #expect(table["count"]?.numbers == (0..<30).map(Double.init))
  }

  @Test func countsTenDistinctIntegersAsCategoricalAndElevenAsNumeric() async throws {
    let ten = try await read("a\n" + (0..<10).map { "\(9 - $0)\n" }.joined())
    #expect(ten["a"] == .categorical(codes: Array(0..<10), levels: (0..<10).map { "\(9 - $0)" }))
    let eleven = try await read("a\n" + (0..<11).map { "\($0)\n" }.joined())
    #expect(eleven["a"]?.numbers == (0..<11).map(Double.init))
  }

  @Test func keepsDeclaredKinds() async throws {
    let options = ReadOptions(categorical: ["zip"], numeric: ["label"])
    let table = try await read("zip,label\n08123,1\n8123,0\n08123,\n", options)
    #expect(table["zip"] == .categorical(codes: [0, 1, 0], levels: ["08123", "8123"]))
    #expect(table["label"]?.numbers?.prefix(2) == [1, 0])
    #expect(table["label"]?.numbers?.last?.isNaN == true)
  }

  @Test func readsEveryMissingValueTokenAsMissing() async throws {
    let table = try await read("n,t\n1.5,a\n,\nNA,NA\nN/A,N/A\nnull,null\nNaN,NaN\n\"\",\"\"\n")
    let numbers = try #require(table["n"]?.numbers)
    #expect(numbers.first == 1.5)
    #expect(numbers.dropFirst().allSatisfy { $0.isNaN })
    #expect(table["t"] == .categorical(codes: [0, -1, -1, -1, -1, -1, -1], levels: ["a"]))
  }

  @Test func usesConfiguredMissingValueTokens() async throws {
    let options = ReadOptions(missingValues: ["-"], categorical: ["t"])
    let table = try await read("t\n-\nNA\n\n", options)
    // "" is a level once it is no missing-value token; the blank line itself is skipped.
    #expect(table["t"] == .categorical(codes: [-1, 0], levels: ["NA"]))
  }

  @Test func keepsTheTextOfNumbersWhenALaterCellIsText() async throws {
    // The column turns categorical at row 4: the earlier numbers keep their exact text, and codes
    // follow first appearance.
    let table = try await read("v\n007\n1.50\n\n007\nNA\nabc\n1.50\n")
    #expect(
      table["v"] == .categorical(codes: [0, 1, 0, -1, 2, 1], levels: ["007", "1.50", "abc"]))
  }

  @Test func keepsRowOrderAndCodesAcrossFilesWhenAColumnTurnsLate() async throws {
    let first = InputSource.bytes(Array("id,v\n1,10\n2,x\n".utf8), name: "a.csv")
    let second = InputSource.bytes(Array("v,id\n20,3\n10,4\n".utf8), name: "b.csv")
    let third = InputSource.bytes(Array("id,v\n5,3.0\n".utf8), name: "c.csv")
    let result = try await TableReader.read([first, second, third])
    #expect(result.table.names == ["id", "v"])
    #expect(
      result.table["v"] == .categorical(codes: [0, 1, 2, 0, 3], levels: ["10", "x", "20", "3.0"]))
    #expect(result.files == ["a.csv", "b.csv", "c.csv"])
  }

  @Test func recoversTheTextOfEarlierRowsPastSkippedOnes() async throws {
    let options = ReadOptions(numeric: ["n"], onBadRows: .skip)
    let csv = "n,v\n1,10\nx,20\n3,2.50\n4,abc\n"
    let result = try await TableReader.read(text: csv, name: "t.csv", options: options)
    #expect(result.table["v"] == .categorical(codes: [0, 1, 2], levels: ["10", "2.50", "abc"]))
    let json = #"{"v": 1.0}"# + "\n" + #"{"v": [1]}"# + "\n" + #"{"v": "b"}"# + "\n" + #"{"v": 7}"#
    let lines = try await TableReader.read(
      text: json, name: "t.jsonl", options: ReadOptions(onBadRows: .skip))
    #expect(lines.table["v"] == .categorical(codes: [0, 1, 2], levels: ["1.0", "b", "7"]))
  }

  @Test func aRejectedRowNeverChangesAColumnsKind() async throws {
    let options = ReadOptions(numeric: ["n"], onBadRows: .skip)
    // Row 2 has text in the inferred column v but is rejected for its numeric column n.
    let result = try await TableReader.read(
      text: "n,v\n1,2.5\nx,text\n3,4.5\n", name: "t.csv", options: options)
    #expect(result.skippedRows == 1)
    #expect(result.table["v"]?.numbers == [2.5, 4.5])
  }

  @Test func aRejectedRowAddsNoLevel() async throws {
    let options = ReadOptions(numeric: ["n"], onBadRows: .skip)
    let result = try await TableReader.read(
      text: "t,n\na,1\nb,x\nc,2\n", name: "t.csv", options: options)
    #expect(result.table["t"] == .categorical(codes: [0, 1], levels: ["a", "c"]))
  }

  @Test func keepsOnlyTheListedColumns() async throws {
    let options = ReadOptions(keep: ["b", "absent"])
    let table = try await read("a,b,c\n1,2,3\n", options)
    #expect(table.names == ["b"])
  }

  @Test func readsTimestampsInEveryDeclaredFormat() async throws {
    let options = ReadOptions(timestamps: [
      "iso": .iso8601, "s": .epochSeconds, "ms": .epochMilliseconds,
    ])
    let table = try await read(
      "iso,s,ms\n2026-11-16T08:30:00Z,1794817800.5,1794817800500\n", options)
    // 2026-11-16T08:30:00Z is 1,794,817,800 s after the epoch (Python: datetime(2026, 11, 16, 8,
    // 30, tzinfo=timezone.utc).timestamp()); TimestampTests checks many more against Foundation.
    #expect(table["iso"] == .timestamp([1_794_817_800_000]))
    #expect(table["s"] == .timestamp([1_794_817_800_500]))
    #expect(table["ms"] == .timestamp([1_794_817_800_500]))
  }

  @Test func readsTabSeparatedValues() async throws {
    let table = try await TableReader.read(text: "a\tb\n1\t\"x\ty\"\n", name: "t.tsv").table
    #expect(table["b"] == .categorical(codes: [0], levels: ["x\ty"]))
  }

  @Test func readsOldMacLineEnds() async throws {
    let table = try await read("a,b\r1,x\r2,\"y\rz\"\r")
    #expect(table["b"]?.texts == ["x", "y\rz"])
  }

  @Test func readsAByteOrderMarkCRLFAndBlankLines() async throws {
    let table = try await read("\u{FEFF}a,b\r\n\r\n1,x\r\n2,y\r\n\r\n")
    #expect(table.names == ["a", "b"])
    #expect(table["b"]?.texts == ["x", "y"])
  }
}
