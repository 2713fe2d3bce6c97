import AlmanacNarrative
import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// The e-mail's words: the subject, and both bodies showing the same summary, figures written by
/// `Wording` as in every report.
@Suite struct EmailRendererTests {
  /// Each status's text and background colours, as the HTML pills show them.
  static let colors: [Status: String] = [
    .red: "color:#991b1b; background:#fee2e2;", .amber: "color:#92400e; background:#fef3c7;",
    .green: "color:#166534; background:#dcfce7;",
  ]

  static func render(_ report: ReportModel = SampleReport.make()) throws -> EmailContent {
    try EmailRenderer(templates: .builtIn()).render(report)
  }

  @Test func subjectLeadsWithTheActionAndNamesTheWorstModel() throws {
    var report = SampleReport.make()
    // The sample: fraud-screening red, two models amber, one green; worst first.
    #expect(try Self.render(report).subject == "Act now: fraud-screening is red, 2026-W47")
    report.models[1].status = .red
    #expect(
      try Self.render(report).subject == "Act now: fraud-screening and 1 more are red, 2026-W47")
    for index in report.models.indices where report.models[index].status == .red {
      report.models[index].status = .amber
    }
    #expect(
      try Self.render(report).subject
        == "Watch: fraud-screening and 2 more need attention, 2026-W47")
    for index in report.models.indices { report.models[index].status = .green }
    #expect(
      try Self.render(report).subject == "No action needed: 4 models working well, 2026-W47")
    report.models = []
    #expect(try Self.render(report).subject == "No models reported, 2026-W47")
  }

  @Test func aLongNameIsCutToKeepTheSubjectWithinSeventyCharacters() throws {
    var report = SampleReport.make()
    report.models[0].name = "fraud-screening-" + String(repeating: "très-long-", count: 10)
    let subject = try Self.render(report).subject
    #expect(subject.count == 70)
    #expect(subject.hasPrefix("Act now: fraud-screening-très-long-"))
    #expect(subject.hasSuffix("... is red, 2026-W47"))
  }

  @Test(arguments: [
    ("a\r\nb", "a b"), ("  a \t b  ", "a b"), ("a\u{85}b\u{2028}c\u{2029}d", "a b c d"),
    ("nul\u{0}esc\u{1B}del\u{7F}", "nul esc del"), ("é ✓ 🚨", "é ✓ 🚨"), ("\r\n", ""),
  ])
  func singleLineReplacesBreaksAndControls(_ text: String, line: String) {
    #expect(EmailText.singleLine(text) == line)
  }

  @Test func bothBodiesShowTheSummaryWithTheReportsFigures() throws {
    let report = SampleReport.make()
    let content = try Self.render(report)
    let summary = report.summary
    let money = { (amount: Double?) in Wording.money(amount ?? .nan, currency: report.currency) }
    let expectedLines = [
      "Northwind Bank", "Weekly model health", "2026-W47 · 2026-11-16 to 2026-11-22",
      summary.headline,
      "  ✗ Act now: \(Wording.count(summary.red))", "  ! Watch: \(Wording.count(summary.amber))",
      "  ✓ OK: \(Wording.count(summary.green))",
      "  Cost: \(money(summary.cost))", "  Value: \(money(summary.value))",
      "  Net value: \(money(summary.net))",
      "\(Wording.count(summary.models)) models in this report. Money is in USD.",
    ]
    let lines = content.text.components(separatedBy: "\n")
    for line in expectedLines { #expect(lines.contains(line), "\(line)") }
    for model in report.models {
      let status = "\(model.status.symbol) \(model.status.label)"
      let nextStep = model.findings.first?.action ?? "Nothing beyond the usual checks."
      let owner = model.owner.map { $0.replacingOccurrences(of: "<", with: "&lt;") }
      let text = [
        "  \(model.name) · \(status)", "    Owner: \(model.owner ?? "none on record")",
        "    \(model.headline)", "    Next step: \(nextStep)",
      ]
      #expect(lines.contains(text), "\(text)")
      #expect(content.html.contains("<strong>\(model.name)</strong>"))
      #expect(content.html.contains(Self.colors[model.status] ?? "?"))
      #expect(
        content.html.contains(
          "Owner: \(owner?.replacingOccurrences(of: ">", with: "&gt;") ?? "none on record")</p>"))
      #expect(content.html.contains(">\(model.headline)</p>"))
      #expect(content.html.contains("<strong>Next step:</strong> \(nextStep)</p>"))
    }
    for figure in [money(summary.cost), money(summary.value), money(summary.net)] {
      #expect(content.html.contains(">\(figure)</td>"), "\(figure)")
    }
    #expect(content.html.contains(summary.headline))
  }

  @Test func estimatedValueAndMissingMoneyReadTheSameInBothBodies() throws {
    var report = SampleReport.make()
    report.summary.valueEstimated = true
    var content = try Self.render(report)
    #expect(content.text.contains("\n  Value, partly estimated: "))
    #expect(content.html.contains(">Value, partly estimated</td>"))
    report.summary.cost = nil
    report.summary.value = nil
    report.summary.net = nil
    content = try Self.render(report)
    #expect(!content.text.contains("Money in this period"))
    #expect(!content.html.contains("Money in this period"))
  }

  @Test func htmlIsSelfContainedWithInlineStyles() throws {
    let html = try Self.render().html.lowercased()
    for pattern in [
      "<style", "<script", "<link", "<img", "src=", "url(", "http:", "https:", "class=", "<a ",
    ] {
      #expect(!html.contains(pattern), "\(pattern)")
    }
    let styled = ["<body", "<table", "<td", "<h1", "<h2", "<p"]
    for tag in styled {
      let openings = html.components(separatedBy: tag + " ").dropFirst()
      #expect(!openings.isEmpty, "\(tag)")
      for opening in openings {
        let attributes = opening.prefix { $0 != ">" }
        #expect(attributes.contains("style=\""), "\(tag) \(attributes)")
      }
    }
  }

  @Test func inputTextIsEscapedAndKeptOnOneLine() throws {
    var report = SampleReport.make()
    report.models[0].name = "<script>alert(1)</script>\r\nBcc: x"
    report.title = "A & B <b>"
    let content = try Self.render(report)
    #expect(!content.html.contains("<script>"))
    #expect(content.html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Bcc: x"))
    #expect(content.html.contains("A &amp; B &lt;b&gt;"))
    #expect(content.text.contains("\n  <script>alert(1)</script> Bcc: x · "))
  }

  @Test func theLinkIsShownInBothBodiesWhenSet() throws {
    let link = "https://reports.example.com/almanac/2026-W47/?from=mail&x=\"1\""
    let content = try EmailRenderer(templates: .builtIn()).render(SampleReport.make(), link: link)
    #expect(content.text.contains("\nFull report: \(link)\n"))
    #expect(
      content.html.contains(
        #"<a href="https://reports.example.com/almanac/2026-W47/?from=mail&amp;x=&quot;1&quot;""#))
  }

  @Test func anOverrideTemplateRestylesTheHTMLBody() throws {
    let folder = try TemporaryFolder()
    try Data("<p>{{title}}: {{#summary}}{{headline}}{{/summary}}</p>\n".utf8)
      .write(to: URL(fileURLWithPath: folder.file("html-email.mustache")))
    let content = try EmailRenderer(templates: .load(overrides: folder.path)).render(
      SampleReport.make())
    #expect(content.html.hasPrefix("<p>Weekly model health: Four models made"))
    #expect(content.text == (try Self.render().text))
  }

  @Test func anOverrideWithAKeyOutOfScopeFails() throws {
    let folder = try TemporaryFolder()
    try Data("<p>{{owner}}</p>\n".utf8)
      .write(to: URL(fileURLWithPath: folder.file("html-email.mustache")))
    let templates = try TemplateSet.load(overrides: folder.path)
    #expect(
      throws: RenderError.unknownKeys(template: folder.file("html-email.mustache"), keys: ["owner"])
    ) {
      try EmailRenderer(templates: templates).render(SampleReport.make())
    }
  }
}
