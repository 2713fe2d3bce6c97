import AlmanacMetrics
import Foundation
import Testing

@testable import AlmanacIngest

/// Large inputs: records across block boundaries, parsing on several cores, gzip.
@Suite struct StreamingTests {
  /// A CSV of about 8 MB and the table it must read to, built independently of the reader.
  ///
  /// It is large enough for several blocks and for parallel parsing, with quoted line breaks,
  /// doubled quotes and a column that turns from numbers to text near the end. With `strayQuotes`, every
  /// eleventh row has a quote inside an unquoted field, which misleads the guesses of record
  /// boundaries, so the reader must notice and parse the rest of such blocks in one piece.
  static func sample(strayQuotes: Bool) -> (csv: [UInt8], expected: Table) {
    let rows = 180_000
    var csv = "id,note,size,late,x\n"
    var notes: [String] = []
    var sizes: [String] = []
    var lates: [String] = []
    var xs: [Double] = []
    var random = SplitMix64(seed: 42)
    for row in 0..<rows {
      let note = row % 7 == 0 ? "line \(row)\nnext, \"quoted\" \(row % 13)" : "n\(row % 500)"
      let size = strayQuotes && row % 11 == 0 ? "5'11\" tall" : "s\(row % 40)"
      let late = row < rows - 100 ? "\(row % 1_000).5" : "t\(row % 3)"
      let x = Double(random.next() >> 11) * 0x1p-53 * 1e6
      let quotedNote =
        row % 7 == 0 ? "\"" + note.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : note
      csv += "\(row),\(quotedNote),\(size),\(late),\(x)\n"
      notes.append(note)
      sizes.append(size)
      lates.append(late)
      xs.append(x)
    }
    func categorical(_ texts: [String]) -> Column {
      var levels: [String] = []
      var codes: [String: Int32] = [:]
      let indices = texts.map { text in
        if let code = codes[text] { return code }
        codes[text] = Int32(levels.count)
        levels.append(text)
        return Int32(levels.count - 1)
      }
      return .categorical(codes: indices, levels: levels)
    }
    let expected = Table(
      names: ["id", "note", "size", "late", "x"],
      columns: [
        .numeric((0..<rows).map(Double.init)), categorical(notes), categorical(sizes),
        categorical(lates), .numeric(xs),
      ])
    return (Array(csv.utf8), expected)
  }

  static let plainSample = sample(strayQuotes: false)
  static let straySample = sample(strayQuotes: true)

  @Test(arguments: [1, 2, 3])
  func readsTheSameTableOnAnyNumberOfCores(concurrency: Int) async throws {
    let options = ReadOptions(concurrency: concurrency)
    let result = try await TableReader.read(
      bytes: Self.plainSample.csv, name: "big.csv", options: options)
    #expect(result.table == Self.plainSample.expected)
    #expect(result.bytesRead == Self.plainSample.csv.count)
  }

  @Test(arguments: [1, 2, 3])
  func recoversFromBoundaryGuessesThatStrayQuotesMislead(concurrency: Int) async throws {
    let options = ReadOptions(concurrency: concurrency)
    let result = try await TableReader.read(
      bytes: Self.straySample.csv, name: "big.csv", options: options)
    #expect(result.table == Self.straySample.expected)
  }

  @Test func readsGzipLikeThePlainFile() async throws {
    let compressed = Gzip.compress(Self.plainSample.csv)
    let result = try await TableReader.read(bytes: compressed, name: "big.csv.gz")
    #expect(result.table == Self.plainSample.expected)
  }

  @Test func recognisesGzipByItsSignatureWhateverTheName() async throws {
    let compressed = Gzip.compress(Array("a,b\n1,x\n".utf8))
    let table = try await TableReader.read(bytes: compressed, name: "export.csv").table
    #expect(table["b"]?.texts == ["x"])
  }

  @Test func readsConcatenatedGzipMembers() async throws {
    let first = Gzip.compress(Array("a,b\n1,x\n".utf8))
    let second = Gzip.compress(Array("2,y\n".utf8))
    let table = try await TableReader.read(bytes: first + second, name: "log.csv.gz").table
    #expect(table["b"]?.texts == ["x", "y"])
  }

  @Test func reportsTruncatedAndDamagedGzip() async throws {
    let compressed = Gzip.compress(Array(Self.plainSample.csv.prefix(200_000)))
    let truncated = try #require(
      await BadInputTests.error(
        reading: Array(compressed.dropLast(20)), name: "log.csv.gz", options: ReadOptions()))
    #expect(truncated.description == "log.csv.gz: error: the gzip data ends early")
    var damaged = compressed
    for index in 40..<80 { damaged[index] ^= 0x5A }
    let error = try #require(
      await BadInputTests.error(reading: damaged, name: "log.csv.gz", options: ReadOptions()))
    guard case .corruptGzip = error.reason else {
      Issue.record("expected a damaged-gzip error, got \(error)")
      return
    }
  }

  @Test func concatenatesFilesWhoseColumnsComeInAnotherOrder() async throws {
    let result = try await TableReader.read([
      .bytes(Array("a,b\n1,x\n".utf8), name: "one.csv"),
      .bytes(Array("b,a\ny,2\n".utf8), name: "two.csv"),
      .bytes(Array("a\tb\n3\tz\n".utf8), name: "three.tsv"),
    ])
    #expect(result.table.names == ["a", "b"])
    #expect(result.table["a"]?.texts == ["1", "2", "3"])
    #expect(result.table["b"]?.texts == ["x", "y", "z"])
  }

  @Test func namesTheFileThatLacksOrAddsAColumn() async throws {
    var caught: IngestError?
    do {
      _ = try await TableReader.read([
        .bytes(Array("a,b\n1,x\n".utf8), name: "one.csv"),
        .bytes(Array("a\n2\n".utf8), name: "two.csv"),
      ])
    } catch { caught = error }
    #expect(
      caught?.description == """
        two.csv:1: error: column "b": the column is missing here but present in one.csv
          hint: files read together must have the same columns (in any order)
        """)
    caught = nil
    do {
      _ = try await TableReader.read([
        .bytes(Array("a\n1\n".utf8), name: "one.csv"),
        .bytes(Array("a,c\n2,z\n".utf8), name: "two.csv"),
      ])
    } catch { caught = error }
    #expect(
      caught?.description == """
        two.csv:1:2: error: column "c": the column is not in one.csv, which was read first
          hint: files read together must have the same columns (in any order)
        """)
  }

  @Test func readsAHeaderOnlyFileAmongOthers() async throws {
    let result = try await TableReader.read([
      .bytes(Array("a\n".utf8), name: "monday.csv"),
      .bytes(Array("a\n5\n".utf8), name: "tuesday.csv"),
    ])
    #expect(result.table["a"]?.texts == ["5"])
  }
}

/// A file that inflates far beyond its size stops at the row limit, naming the file and the line
/// reached, instead of filling memory.
@Suite struct RowLimitTests {
  /// 2,000,000 identical rows: about 40 MB inflated, a few hundred kilobytes compressed.
  static let bomb: [UInt8] = Gzip.compress(
    Array(("a,b\n" + String(repeating: "1,x\n", count: 2_000_000)).utf8))

  @Test func aGzipBombStopsAtTheLimit() async throws {
    #expect(Self.bomb.count < 400_000)
    let options = ReadOptions(rowAllowance: RowAllowance(limit: 100_000))
    do {
      _ = try await TableReader.read(bytes: Self.bomb, name: "logs/day.csv.gz", options: options)
      Issue.record("the read did not stop")
    } catch {
      #expect(error.reason == .tooManyRows(limit: 100_000))
      #expect(error.file == "logs/day.csv.gz")
      // The read stops within one block (8 MiB, 2 million rows of 4 bytes) of the limit.
      let line = try #require(error.line)
      #expect(line > 100_001 && line <= 2_000_001)
      #expect(
        error.description.hasPrefix(
          "logs/day.csv.gz:\(line): error: the inputs hold more than 100000 rows by this line"
            + " (max_rows)"))
    }
  }

  @Test func jsonLinesStopAtTheLimitToo() async throws {
    let text = String(repeating: "{\"a\": 1}\n", count: 5_000)
    await #expect(throws: IngestError.self) {
      try await TableReader.read(
        text: text, name: "day.jsonl",
        options: ReadOptions(rowAllowance: RowAllowance(limit: 4_999)))
    }
    let read = try await TableReader.read(
      text: text, name: "day.jsonl", options: ReadOptions(rowAllowance: RowAllowance(limit: 5_000)))
    #expect(read.table.rowCount == 5_000)
  }
}
