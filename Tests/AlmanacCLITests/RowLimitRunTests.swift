import AlmanacTestSupport
import Foundation
import Testing

/// `max_rows` bounds a whole run: the rows of every entry's logs and references count together,
/// and the run stops naming the file, publishing nothing.
@Suite struct RowLimitRunTests {
  @Test func aRunOverItsRowLimitStopsNamingTheFile() throws {
    let folder = try TemporaryFolder()
    let almanac = try BuiltCommand("almanac")
    let work = folder.file("work")
    let demo = try almanac.run([
      "demo", "--work", work, "--output", folder.file("demo"), "--format", "json",
    ])
    try #require(demo.status == 0, "\(demo.errors)")
    let config = try String(contentsOfFile: "\(work)/almanac.yml", encoding: .utf8)
    // The demo's first entry reads about 26,000 rows (logs and reference), so the second entry's
    // logs and reference, read side by side, meet the limit with what is left: whichever passes
    // it first is named.
    try ("max_rows: 30000\n" + config).write(
      toFile: "\(work)/almanac.yml", atomically: true, encoding: .utf8)
    let validate = try almanac.run(["validate", "-c", "\(work)/almanac.yml"])
    #expect(validate.status == 1)
    #expect(validate.errors.contains("rows by this line (max_rows)"), "\(validate.errors)")
    let run = try almanac.run([
      "report", "-c", "\(work)/almanac.yml", "--period", "2026-W47", "--output",
      folder.file("out"), "--no-history",
    ])
    #expect(run.status == 1)
    let message = try #require(run.errors.split(separator: "\n").first.map(String.init))
    #expect(
      message.contains(
        #/store-demand/(predictions-[^:]+\.jsonl|reference\.csv):\d+: error: the inputs hold more than \d+ rows by this line \(max_rows\)/#
      ), "\(run.errors)")
    #expect(!FileManager.default.fileExists(atPath: folder.file("out/2026-W47")))
  }
}
