import AlmanacTestSupport
import Foundation
import Testing

/// The demo's reports committed under `reports/demo/` must be what the current code writes, so a
/// reader of the repository sees today's output. After an intended change run `make demo`, review
/// the diff of `reports/demo/` and commit it with the change.
@Suite struct CommittedDemoReportTests {
  static let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../reports/demo/2026-W47").standardized.path

  @Test func committedDemoReportsAreCurrent() throws {
    let folder = try TemporaryFolder()
    let run = try BuiltCommand("almanac").run([
      "demo", "--work", folder.file("work"), "--output", folder.file("reports"),
    ])
    try #require(run.status == 0, "\(run.errors)")
    let fresh = folder.file("reports/2026-W47")
    let hint = "stale: run make demo and commit reports/demo/"
    for name in ["report.md", "report.html", "report.json"] {
      let expected = try String(contentsOfFile: "\(Self.committed)/\(name)", encoding: .utf8)
      let actual = try String(contentsOfFile: "\(fresh)/\(name)", encoding: .utf8)
      #expect(actual == expected, "\(name) \(hint)\n\(LineDiff(expected: expected, actual: actual).printed())")
    }
    let workbook = "almanac-2026-W47.xlsx"
    let expected = try XLSXPackage(path: "\(Self.committed)/\(workbook)").textDump()
    let actual = try XLSXPackage(path: "\(fresh)/\(workbook)").textDump()
    #expect(actual == expected, "\(workbook) \(hint)\n\(LineDiff(expected: expected, actual: actual).printed())")
  }
}
