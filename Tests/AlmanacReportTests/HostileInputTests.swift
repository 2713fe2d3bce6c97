import AlmanacNarrative
import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// Untrusted text (names, owners, descriptions, feature names) cannot inject markup into HTML,
/// break Markdown, become a formula in XLSX or choose a path.
@Suite struct HostileInputTests {
  /// The MLflow fixture's description of `marketing-uplift`, which carries a script and an image.
  static let registryDescription =
    #"<p>Uplift model for <b>e-mail</b> campaigns &amp; vouchers. "#
    + #"See <a href="https://wiki.example.invalid/uplift">the wiki</a>.</p>"#
    + #"<script>alert("registry")</script><img src=x onerror="alert(2)">"#

  /// Text that breaks a Markdown table or block if it is not escaped.
  static let markdownBreakers = [
    "a | b", "line\nbreak", "`code`", "# heading", "[link](http://evil.example)", "<b>bold</b>",
    "**strong**", "- item", "1. item", "\\|", "=====", "~~gone~~", "$x$ and $y$",
  ]

  /// The sample report with untrusted text in every field that comes from inputs.
  static func hostileReport(_ text: String, name: String? = nil) -> ReportModel {
    var report = SampleReport.make()
    report.title = text
    report.organization = text
    report.branding.logoText = text
    report.branding.footer = text
    report.summary.headline = text
    report.models[0].name = name ?? text
    report.models[0].owner = text
    report.models[0].stage = text
    report.models[0].versions = [text]
    report.models[0].headline = text
    report.models[0].findings[0].what = text
    report.models[0].findings[0].meaning = text
    report.models[0].findings[0].action = text
    report.models[0].drift.features[0].name = text
    report.models[0].drift.features[0].kind = text
    report.governance[0].model = text
    report.governance[0].what = text
    report.glossary[0].term = text
    report.dataNotes[0].source = text
    report.dataNotes[0].reasons[0] = text
    return report
  }

  @Test(arguments: ["<script>alert(1)</script>", registryDescription])
  func htmlShowsMarkupAsText(_ text: String) throws {
    let html = try HTMLRenderer(templates: .builtIn()).render(Self.hostileReport(text))
    let lowered = html.lowercased()
    #expect(!lowered.contains("<script"))
    #expect(!lowered.contains("<img"))
    #expect(!lowered.contains("<a href=\"https://wiki"))
    #expect(!lowered.contains("<b>"))
    #expect(html.contains("&lt;script&gt;alert("))
  }

  @Test func htmlMakesNoRequestAndRunsNoScript() throws {
    let html = try HTMLRenderer(templates: .builtIn()).render(SampleReport.make())
    let lowered = html.lowercased()
    for pattern in [
      "<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "onload", "http:",
    ] {
      #expect(!lowered.contains(pattern), "\(pattern)")
    }
    #expect(lowered.contains("content-security-policy\" content=\"default-src 'none'"))
  }

  @Test func accentColourCannotEndTheStyleSheet() throws {
    var report = SampleReport.make()
    report.branding.accentColor = "#000000; } body { background: url(http://evil.example) "
    #expect(throws: RenderError.invalidAccentColor(report.branding.accentColor)) {
      try HTMLRenderer(templates: .builtIn()).render(report)
    }
  }

  @Test(arguments: markdownBreakers)
  func markdownTablesKeepTheirShape(_ text: String) throws {
    let markdown = try MarkdownRenderer(templates: .builtIn()).render(Self.hostileReport(text))
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    var columns: Int?
    for line in lines {
      guard line.hasPrefix("|") else {
        columns = nil
        continue
      }
      let cells = Self.unescaped("|", in: line)
      if let expected = columns {
        #expect(cells == expected, "\(line)")
      } else {
        columns = cells
      }
    }
    for heading in lines where heading.hasPrefix("#") {
      let text = heading.drop(while: { $0 == "#" })
      #expect(
        heading.count - text.count <= 3 && text.hasPrefix(" ") && !text.dropFirst().hasPrefix("#"))
    }
  }

  @Test func markdownShowsMarkupAsText() throws {
    let markdown = try MarkdownRenderer(templates: .builtIn()).render(
      Self.hostileReport(Self.registryDescription))
    #expect(Self.unescaped("<", in: markdown) == 0)
    #expect(markdown.contains(#"\<script\>alert("registry")\</script\>"#))
  }

  @Test func markdownDoesNotLink() throws {
    let markdown = try MarkdownRenderer(templates: .builtIn()).render(
      Self.hostileReport("[link](http://evil.example)"))
    #expect(!markdown.contains("[link]("))
    #expect(markdown.contains(#"\[link\](http://evil.example)"#))
  }

  @Test func formulaInANameStaysText() throws {
    let formula = #"=HYPERLINK("http://x","y")"#
    let (package, _) = try XLSXReadBackTests.roundTrip(
      Self.hostileReport("+cmd|' /C calc'!A0", name: formula))
    let summary = try package.sheet(named: "Summary")
    #expect(summary.value(row: summary.headerRow + 1, column: 0) == .text(formula))
    #expect(package.sharedStrings.contains(formula))
    for name in package.sheetNames {
      let sheet = try package.sheet(named: name)
      #expect(!sheet.cells.contains { if case .formula = $0.value { true } else { false } })
    }
  }

  @Test func controlCharactersKeepTheWorkbookWellFormed() throws {
    let (package, _) = try XLSXReadBackTests.roundTrip(
      Self.hostileReport("bell\u{7} nul\u{0} escape\u{1B} end"))
    let summary = try package.sheet(named: "Summary")
    guard case .text(let stored)? = summary.value(row: summary.headerRow + 1, column: 0) else {
      Issue.record("the model name is not stored as text")
      return
    }
    #expect(stored == "bellU+0007 nulU+0000 escapeU+001B end")
    for (part, text) in package.parts where part.hasSuffix(".xml") || part.hasSuffix(".rels") {
      #expect(throws: Never.self, "\(part)") { try XMLTree(parsing: Data(text.utf8)) }
    }
  }

  /// A right-to-left override and terminal escapes in a model name, as visible codes everywhere.
  static let steering = "fraud\u{202E}gnineercs\u{1B}]0;owned\u{7}\u{9B}31m"
  static let steeringShown = "fraudU+202EgnineercsU+001B]0;ownedU+0007U+009B31m"

  @Test func directionAndTerminalControlsShowAsCodesInEveryFormat() throws {
    let report = Self.hostileReport(Self.steering)
    let templates = try TemplateSet.load(overrides: nil)
    let html = try HTMLRenderer(templates: templates).render(report)
    let markdown = try MarkdownRenderer(templates: templates).render(report)
    for (format, text) in [("HTML", html), ("Markdown", markdown)] {
      #expect(!text.unicodeScalars.contains(where: VisibleText.isHidden), "\(format)")
      #expect(text.contains("fraudU+202Egnineercs"), "\(format)")
      #expect(text.contains("U+001B") && text.contains("U+009B31m"), "\(format)")
    }
    let (package, _) = try XLSXReadBackTests.roundTrip(report)
    let summary = try package.sheet(named: "Summary")
    #expect(summary.value(row: summary.headerRow + 1, column: 0) == .text(Self.steeringShown))
    // JSON keeps the exact text for programs, with every such character escaped.
    let json = JSONReportRenderer().render(report)
    #expect(!json.unicodeScalars.contains(where: VisibleText.isHidden))
    #expect(json.contains(#"fraud\u202Egnineercs\u001B]0;owned\u0007\u009B31m"#))
  }

  @Test func workbookNameComesFromThePeriodOnly() {
    func name(_ label: String) -> String {
      ReportFileNames.xlsxName(for: PeriodSummary(label: label, start: "", end: ""))
    }
    #expect(name("2026-W47") == "almanac-2026-W47.xlsx")
    #expect(name("2026-11-16..2026-11-20") == "almanac-2026-11-16_2026-11-20.xlsx")
    #expect(name("../../etc/passwd") == "almanac-etc_passwd.xlsx")
    #expect(name("/tmp/x y") == "almanac-tmp_x_y.xlsx")
    #expect(name("…") == "almanac.xlsx")
  }

  /// How often a character occurs in Markdown without a backslash before it.
  static func unescaped(_ target: Character, in text: some StringProtocol) -> Int {
    var count = 0
    var escaped = false
    for character in text {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == target {
        count += 1
      }
    }
    return count
  }
}
