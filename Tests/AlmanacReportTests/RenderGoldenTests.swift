import AlmanacReport
import AlmanacTestSupport
import Testing

/// The sample report rendered by every format, compared with reviewed goldens.
///
/// Re-record after an intended change with `RECORD_GOLDENS=1 swift test --filter Golden`, review
/// the diff of `Goldens/`, then run the tests again without the variable.
@Suite struct RenderGoldenTests {
  @Test func htmlMatchesGolden() throws {
    let html = try HTMLRenderer(templates: .builtIn()).render(SampleReport.make())
    GoldenFile(suite: "RenderGoldenTests", name: "sample.html").expectMatch(html)
  }

  @Test func markdownMatchesGolden() throws {
    let markdown = try MarkdownRenderer(templates: .builtIn()).render(SampleReport.make())
    GoldenFile(suite: "RenderGoldenTests", name: "sample.md").expectMatch(markdown)
  }

  @Test func workbookMatchesGolden() throws {
    let (package, _) = try XLSXReadBackTests.roundTrip(SampleReport.make())
    GoldenFile(suite: "RenderGoldenTests", name: "sample.xlsx.txt").expectMatch(
      try package.textDump())
  }
}
