import Testing

@testable import AlmanacIngest

/// Every kind of bad input gets a message naming the file, line, column and value.
///
/// Each also says what was expected. Messages are user interface: they are checked word for word.
@Suite struct BadInputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let name: String
    let content: [UInt8]
    var options = ReadOptions()
    let message: String

    init(
      _ description: String, name: String = "data.csv", _ content: String,
      options: ReadOptions = ReadOptions(), _ message: String
    ) {
      testDescription = description
      self.name = name
      self.content = Array(content.utf8)
      self.options = options
      self.message = message
    }

    init(
      _ description: String, name: String = "data.csv", bytes: [UInt8],
      options: ReadOptions = ReadOptions(), _ message: String
    ) {
      testDescription = description
      self.name = name
      content = bytes
      self.options = options
      self.message = message
    }
  }

  static let cases: [Case] = [
    Case(
      "ragged row with too few fields", "a,b,c\n1,2,3\n4,5\n",
      """
      data.csv:3:3: error: the record has 2 fields but the header has 3; the first missing one is "c"
        hint: a delimiter inside a value needs quotes around the value; a missing value still needs its delimiter
      """),
    Case(
      "ragged row with too many fields", "a,b\n1,2,3\n",
      """
      data.csv:2:3: error: the record has 3 fields but the header has 2; the first extra one is "3"
        hint: a delimiter inside a value needs quotes around the value; a missing value still needs its delimiter
      """),
    Case(
      "text in a numeric column", "id,score\n1,0.5\n2,high\n",
      options: ReadOptions(numeric: ["score"]),
      """
      data.csv:3:2: error: column "score": cannot read "high" as a number
      """),
    Case(
      "decimal comma", "id,amount\n1,\"1.234,50\"\n", options: ReadOptions(numeric: ["amount"]),
      """
      data.csv:2:2: error: column "amount": cannot read "1.234,50" as a number
        hint: this looks like a decimal comma; write numbers with a decimal point (1234.50)
      """),
    Case(
      "thousands separators", "id,amount\n1,\"1,234,567\"\n",
      options: ReadOptions(numeric: ["amount"]),
      """
      data.csv:2:2: error: column "amount": cannot read "1,234,567" as a number
        hint: remove the thousands separators (1234567.5, not 1,234,567.5)
      """),
    Case(
      "unparseable timestamp", "ts,x\n2026-11-16,1\n16/11/2026,2\n",
      options: ReadOptions(timestamps: ["ts": .iso8601]),
      """
      data.csv:3:1: error: column "ts": cannot read "16/11/2026" as an ISO-8601 date or date-time such as 2026-11-16 or 2026-11-16T08:30:00Z
        hint: write dates as 2026-11-16 and times as 2026-11-16T08:30:00Z, 2026-11-16 08:30:00 or with an offset such as +01:00
      """),
    Case(
      "epoch timestamp with a date", "ts\n2026-11-16\n",
      options: ReadOptions(timestamps: ["ts": .epochSeconds]),
      """
      data.csv:2:1: error: column "ts": cannot read "2026-11-16" as seconds since 1970-01-01 UTC such as 1763282400
        hint: set the timestamp format in the config (iso8601, epoch_seconds or epoch_milliseconds)
      """),
    Case(
      "missing timestamp", "ts,x\n,1\n", options: ReadOptions(timestamps: ["ts": .iso8601]),
      """
      data.csv:2:1: error: column "ts": a value is required here
      """),
    Case(
      "invalid UTF-8",
      bytes: Array("name,x\nok,1\n".utf8) + [0x53, 0xE3, 0x6F, 0x20, 0x50, 0x61, 0x75, 0x6C, 0x6F]
        + Array(",2\n".utf8),
      """
      data.csv:3:1: error: column "name": the text "S\\xE3o Paulo" is not valid UTF-8
        hint: save the file as UTF-8; it may be in Latin-1 or Windows-1252
      """),
    Case(
      "empty file", "",
      """
      data.csv:1: error: the file is empty; expected a header line
        hint: an export with no rows still needs its header line
      """),
    Case(
      "header-only file", "a,b\n",
      """
      data.csv:2: error: the file has a header but no rows
      """),
    Case(
      "unclosed quote", "a,b\n1,\"open\n2,3\n",
      """
      data.csv:2:2: error: column "b": a quoted field is never closed
        hint: look for a quote that is never closed; raise the record limit only if lines really are this long
      """),
    Case(
      "text after a closing quote", "a,b\n1,\"x\"y\n",
      """
      data.csv:2:2: error: column "b": unexpected text after the closing quote; expected a delimiter or a line end
        hint: a quote inside a quoted field must be doubled ("")
      """),
    Case(
      "duplicate header", "a,b,a\n1,2,3\n",
      """
      data.csv:1:3: error: column "a": the header repeats the name of column 1
        hint: rename one of the columns so every name is unique
      """),
    Case(
      "empty header cell", ",a\n1,2\n",
      """
      data.csv:1:1: error: the header cell of this column is empty
        hint: name the column in the header, or keep only the columns you need
      """),
    Case(
      "required column absent", "ts,model\n1,a\n", options: ReadOptions(required: ["ts", "score"]),
      """
      data.csv:1: error: column "score": the column is missing; the file has "ts", "model"
        hint: map the column to one of the file's names in the config
      """),
    Case(
      "unknown extension", name: "data.txt", "a\n1\n",
      """
      data.txt: error: cannot tell the format from the name; expected a name ending in .csv, .tsv, .tab, .jsonl or .ndjson, optionally followed by .gz
        hint: name the format in the options (csv, tsv or jsonl)
      """),
    Case(
      "named .gz but not gzip", name: "data.csv.gz", "a\n1\n",
      """
      data.csv.gz: error: the name ends in .gz but the content is not gzip-compressed
      """),
    Case(
      "declared with two kinds", "a\n1\n", options: ReadOptions(categorical: ["a"], numeric: ["a"]),
      """
      data.csv: error: column "a": the column is declared both categorical and numeric
      """),
    Case(
      "bad cell in a record spanning lines", "note,n\n\"two\nlines\",1\n\"a\",\"x\ny\"\n",
      options: ReadOptions(numeric: ["n"]),
      """
      data.csv:4:2: error: column "n": cannot read "x\\ny" as a number
      """),
    Case(
      "five-megabyte line", "a,b\n1," + String(repeating: "x", count: 5 << 20) + "\n",
      """
      data.csv:2: error: a record is longer than 1048576 bytes
        hint: look for a quote that is never closed; raise the record limit only if lines really are this long
      """),
  ]

  /// The error a read throws, or nil when it succeeds.
  static func error(reading content: [UInt8], name: String, options: ReadOptions) async
    -> IngestError?
  {
    do {
      _ = try await TableReader.read(bytes: content, name: name, options: options)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: cases)
  func namesTheFileLineColumnAndValue(_ testCase: Case) async throws {
    let error = try #require(
      await Self.error(reading: testCase.content, name: testCase.name, options: testCase.options))
    #expect(error.description == testCase.message)
  }
}
