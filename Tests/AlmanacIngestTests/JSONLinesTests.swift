import Testing

@testable import AlmanacIngest

/// JSON Lines: one flat object per line; values typed like CSV cells.
@Suite struct JSONLinesTests {
  private func read(_ text: String, _ options: ReadOptions = ReadOptions()) async throws
    -> ReadResult
  {
    try await TableReader.read(text: text, name: "log.jsonl", options: options)
  }

  private func error(_ text: String, _ options: ReadOptions = ReadOptions()) async -> IngestError? {
    await BadInputTests.error(reading: Array(text.utf8), name: "log.jsonl", options: options)
  }

  @Test func readsNumbersStringsBooleansAndNull() async throws {
    let table = try await read(
      """
      {"score": 0.25, "model": "credit", "ok": true, "n": 1e3, "note": null}
      {"score": -1.5e-3, "model": "fraud", "ok": false, "n": 12, "note": "late"}

      {"score": 2, "model": "credit", "ok": true, "n": 0.5}
      """
    ).table
    #expect(table.names == ["score", "model", "ok", "n", "note"])
    #expect(table["score"]?.numbers == [0.25, -0.0015, 2])
    #expect(table["model"] == .categorical(codes: [0, 1, 0], levels: ["credit", "fraud"]))
    #expect(table["ok"] == .categorical(codes: [0, 1, 0], levels: ["true", "false"]))
    #expect(table["n"]?.numbers == [1000, 12, 0.5])
    #expect(table["note"]?.texts == [nil, "late", nil])
  }

  @Test func decodesStringEscapes() async throws {
    let table = try await read(#"{"t": "a\"b\\c\/d\n\u00e9\ud83d\ude00\t"}"# + "\n").table
    #expect(table["t"]?.texts == ["a\"b\\c/d\né😀\t"])
  }

  @Test func readsNumbersWrittenAsStringsInNumericColumns() async throws {
    let table = try await read(#"{"x": "12.5"}"# + "\n" + #"{"x": 3}"#, ReadOptions(numeric: ["x"]))
      .table
    #expect(table["x"]?.numbers == [12.5, 3])
  }

  @Test func addsAKeyFirstSeenLaterWithMissingValuesBefore() async throws {
    let table = try await read(
      """
      {"a": 1.5}
      {"a": 2.5, "b": "x"}
      {"b": "y", "a": 3.5}
      """
    ).table
    #expect(table.names == ["a", "b"])
    #expect(table["b"]?.texts == [nil, "x", "y"])
  }

  @Test func skipsNestedValuesOfColumnsThatAreNotKept() async throws {
    let table = try await read(
      #"{"a": 1.5, "meta": {"x": [1, {"y": "}"}]}}"#, ReadOptions(keep: ["a"])
    ).table
    #expect(table.names == ["a"])
    #expect(table["a"]?.numbers == [1.5])
  }

  @Test func rejectsNestedValues() async throws {
    let error = await error(#"{"a": 1}"# + "\n" + #"{"a": [1, 2]}"# + "\n")
    #expect(
      error?.description == """
        log.jsonl:2: error: column "a": nested objects and arrays are not supported; expected a string, number, boolean or null
        """)
  }

  @Test func rejectsMalformedLines() async throws {
    let malformed = await error(#"{"a": 1}"# + "\n" + #"{"a": 01}"# + "\n")
    #expect(
      malformed?.description == """
        log.jsonl:2:8: error: invalid JSON: expected , or } but found "1}"
        """)
    let notObject = await error("[1, 2]\n")
    #expect(
      notObject?.description
        == #"log.jsonl:1:1: error: invalid JSON: expected an object, starting with { but found "[1, 2]""#
    )
    let cut = await error(#"{"a": 1,"#)
    #expect(
      cut?.description
        == #"log.jsonl:1:9: error: invalid JSON: expected a key in double quotes but the line ends"#
    )
    // A backslash that ends the line inside a string (found by the jsonl fuzz target).
    let openEscape = await error(#"{"a": "x\"# + "\n" + #"{"a": "y"}"# + "\n")
    #expect(
      openEscape?.description
        == "log.jsonl:1:10: error: invalid JSON: expected a value but the line ends")
  }

  @Test func rejectsRepeatedKeys() async throws {
    let error = await error(#"{"a": 1, "a": 2}"#)
    #expect(error?.description == #"log.jsonl:1: error: column "a": the object repeats this key"#)
  }

  @Test func skipsBadLinesWhenAsked() async throws {
    let result = try await read(
      #"{"a": 1.5}"# + "\n{oops\n" + #"{"a": "x", "t": "2026-01-01"}"# + "\n",
      ReadOptions(numeric: ["a"], onBadRows: .skip))
    #expect(result.skippedRows == 2)
    #expect(result.table["a"]?.numbers == [1.5])
    #expect(result.skipReasons.map(\.line) == [2, 3])
  }

  @Test func requiresDeclaredTimestampsOnEveryLine() async throws {
    let error = await error(
      #"{"a": 1}"# + "\n" + #"{"a": 2, "ts": "2026-01-01"}"#,
      ReadOptions(timestamps: ["ts": .iso8601]))
    #expect(error?.description == #"log.jsonl:1: error: column "ts": a value is required here"#)
  }

  @Test func namesTheFileThatLacksAColumnOrARequiredOne() async throws {
    var caught: IngestError?
    do {
      _ = try await TableReader.read([
        .bytes(Array(#"{"a": 1, "b": 2}"#.utf8), name: "one.jsonl"),
        .bytes(Array(#"{"a": 3}"#.utf8), name: "two.jsonl"),
      ])
    } catch { caught = error }
    #expect(
      caught?.description == """
        two.jsonl:1: error: column "b": the column is missing here but present in one.jsonl
          hint: files read together must have the same columns (in any order)
        """)
    let missing = await error(#"{"a": 1}"#, ReadOptions(required: ["score"]))
    #expect(
      missing?.description == """
        log.jsonl:1: error: column "score": the column is missing; the file has "a"
          hint: map the column to one of the file's names in the config
        """)
  }

  @Test func reportsAnEmptyFile() async throws {
    let error = await error("\n  \n")
    #expect(
      error?.description == """
        log.jsonl:3: error: the file is empty; expected one JSON object per line
        """)
  }
}
