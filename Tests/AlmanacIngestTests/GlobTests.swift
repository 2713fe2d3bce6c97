import Testing

@testable import AlmanacIngest

/// Glob patterns: matching names, and expanding patterns on disk in a deterministic order.
@Suite struct GlobTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let pattern: String
    let name: String
    let matches: Bool
    var testDescription: String { "\(pattern) \(matches ? "matches" : "does not match") \(name)" }
  }

  static let cases: [Case] = [
    Case(pattern: "*.csv", name: "a.csv", matches: true),
    Case(pattern: "*.csv", name: "a.csv.gz", matches: false),
    Case(pattern: "*.csv*", name: "a.csv.gz", matches: true),
    Case(pattern: "*", name: ".hidden", matches: false),
    Case(pattern: ".*", name: ".hidden", matches: true),
    Case(pattern: "p-??.csv", name: "p-01.csv", matches: true),
    Case(pattern: "p-??.csv", name: "p-1.csv", matches: false),
    Case(pattern: "p-[0-9][0-9].csv", name: "p-42.csv", matches: true),
    Case(pattern: "p-[!0-9]*", name: "p-42.csv", matches: false),
    Case(pattern: "p-[^0-9]*", name: "p-x.csv", matches: true),
    Case(pattern: "[]x]", name: "]", matches: true),
    Case(pattern: "a[bc", name: "a[bc", matches: true),
    Case(pattern: "*a*b*c", name: "xaybzc", matches: true),
    Case(pattern: "*a*b*c", name: "xaybzcd", matches: false),
    Case(pattern: "**", name: "", matches: true),
    Case(pattern: "é*", name: "été.csv", matches: true),
  ]

  @Test(arguments: cases)
  func matchesNames(_ testCase: Case) {
    #expect(Glob.matches(testCase.name, pattern: testCase.pattern) == testCase.matches)
  }

  @Test func expandsPatternsInEveryComponentInSortedOrder() throws {
    let folder = try TemporaryFolder()
    for path in ["w2/b.csv", "w1/b.csv", "w1/a.csv", "w1/.hidden.csv", "w1/c.tsv", "w10/a.csv"] {
      try folder.write(path, "a\n1\n")
    }
    try folder.write("w1/sub.csv/x", "not a file match")
    #expect(
      try Glob.expand(folder.path + "/w*/*.csv")
        == ["w1/a.csv", "w1/b.csv", "w10/a.csv", "w2/b.csv"].map { folder.path + "/" + $0 })
    #expect(
      try Glob.expand(folder.path + "/w1/[ab].csv")
        == ["w1/a.csv", "w1/b.csv"].map { folder.path + "/" + $0 })
  }

  @Test func namesAPatternThatMatchesNothing() throws {
    let folder = try TemporaryFolder()
    #expect(throws: IngestError(.noMatch, file: folder.path + "/*.csv")) {
      try Glob.expand(folder.path + "/*.csv")
    }
    let error = IngestError(.noMatch, file: "exports/*.csv")
    #expect(
      error.description == """
        exports/*.csv: error: no file matches this pattern
          hint: check the folder and the pattern; * and ? never match a leading dot
        """)
  }

  @Test func readsFilesFromPatternsAndPathsOnce() async throws {
    let folder = try TemporaryFolder()
    try folder.write("d/2026-11-17.csv", "day,n\ntue,2\n")
    try folder.write("d/2026-11-16.csv", "day,n\nmon,1\n")
    try folder.write("d/2026-11-18.csv.gz", Gzip.compress(Array("day,n\nwed,3\n".utf8)))
    let result = try await TableReader.read(paths: [
      folder.path + "/d/2026-11-16.csv", folder.path + "/d/*.csv*",
    ])
    #expect(result.table["day"]?.texts == ["mon", "tue", "wed"])
    #expect(
      result.files.map { $0.split(separator: "/").last.map(String.init) } == [
        "2026-11-16.csv", "2026-11-17.csv", "2026-11-18.csv.gz",
      ])
  }

  @Test func namesAMissingFile() async throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/absent.csv"
    await #expect(throws: IngestError(.noSuchFile, file: path)) {
      try await TableReader.read(paths: [path])
    }
  }
}
