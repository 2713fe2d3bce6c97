import AlmanacReport
import AlmanacTestSupport
import Foundation
import Testing

/// Loading templates, overriding them file by file, and the checks that catch template mistakes.
@Suite struct TemplateSetTests {
  /// A folder of override templates.
  struct Overrides {
    let folder: TemporaryFolder

    init(_ files: [String: String]) throws {
      folder = try TemporaryFolder()
      for (name, text) in files {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.file(name)))
      }
    }

    func path(_ name: String) -> String { folder.file(name) }

    func load() throws -> TemplateSet { try TemplateSet.load(overrides: folder.path) }
  }

  /// The problems loading a folder reports, or none.
  static func problems(_ overrides: Overrides) -> [TemplateProblem] {
    do {
      _ = try overrides.load()
      return []
    } catch TemplateError.invalidTemplates(let problems) {
      return problems
    } catch {
      Issue.record("unexpected error \(error)")
      return []
    }
  }

  @Test func builtInSetNamesEveryTemplateFile() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/AlmanacReport/Resources/templates").standardized
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
    #expect(files.count > 10)
    #expect(try TemplateSet.builtIn().names == files.sorted())
  }

  @Test func overrideReplacesOneTemplateAndKeepsTheRest() throws {
    let overrides = try Overrides([
      "html-footer.mustache": "<footer class=\"custom\">{{footer}} · Risk office</footer>\n"
    ])
    let html = try HTMLRenderer(templates: overrides.load()).render(SampleReport.make())
    #expect(html.contains("<footer class=\"custom\">Confidential: prepared"))
    #expect(html.contains("· Risk office</footer>"))
    #expect(!html.contains("Made with Almanac"))
    #expect(html.contains("<header class=\"masthead\">"))
  }

  @Test func unknownKeyIsReportedWithItsPosition() throws {
    let overrides = try Overrides(["html-footer.mustache": "<footer>\n  {{generatedOn}}</footer>\n"]
    )
    #expect(
      Self.problems(overrides) == [
        TemplateProblem(
          file: overrides.path("html-footer.mustache"), line: 2, column: 3,
          message: "unknown key \"generatedOn\"", hint: "the keys are listed in templates/README.md"
        )
      ])
  }

  struct BrokenCase: Sendable, CustomTestStringConvertible {
    let file: String
    let text: String
    let message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    BrokenCase(
      file: "html-footer.mustache", text: "<p>{{{footer}}}</p>",
      message: "\"footer\" would be shown without escaping"),
    BrokenCase(
      file: "html-footer.mustache", text: "<p>{{&footer}}</p>",
      message: "\"footer\" would be shown without escaping"),
    BrokenCase(
      file: "html-footer.mustache", text: "{{> html-missing}}",
      message: "no template named \"html-missing\" to include"),
    BrokenCase(
      file: "html-footer.mustache", text: "{{> md-summary}}",
      message: "\"md-summary\" belongs to the other report format"),
    BrokenCase(
      file: "html-footer.mustache", text: "{{% CONTENT_TYPE: TEXT}}<p>{{footer}}</p>",
      message: "an HTML template must keep HTML escaping"),
    BrokenCase(
      file: "md-summary.mustache", text: "## Summary\n{{#summary}}{{headline}}{{/summary}}\n",
      message: "a Markdown template must begin with {{% CONTENT_TYPE: MARKDOWN}}"),
    BrokenCase(
      file: "html-footer.mustache", text: "{{=<% %>=}}<p><% footer %></p>",
      message: "changing delimiters is not supported"),
    BrokenCase(
      file: "footer.mustache", text: "<p>{{footer}}</p>",
      message: "\"footer\" is not a report template name"),
    BrokenCase(
      file: "html-extra.mustache", text: "<p>{{footer}}</p>",
      message: "no template includes \"html-extra\" and it replaces no built-in template"),
    BrokenCase(
      file: "html-footer.mustache", text: "{{#models}}<p>{{name}}</p>",
      message: "cannot parse the template: a section is not closed"),
    BrokenCase(
      file: "md-summary.mustache", text: "{{% CONTENT_TYPE: YAML}}\n",
      message: "cannot parse the template: the pragma is not understood"),
    BrokenCase(
      file: "html-pill.mustache", text: "<span>{{> html-pill}}</span>",
      message: "templates include each other without end: html-pill → html-pill"),
  ])
  func brokenTemplateIsRejected(_ broken: BrokenCase) throws {
    let overrides = try Overrides([broken.file: broken.text])
    let problems = Self.problems(overrides)
    #expect(problems.map(\.message) == [broken.message])
    #expect(problems.allSatisfy { $0.file == overrides.path(broken.file) })
  }

  @Test func partialsIncludingEachOtherAreOneProblem() throws {
    let overrides = try Overrides([
      "html-pill.mustache": "<span>{{> html-footer}}</span>",
      "html-footer.mustache": "<footer>{{> html-pill}}</footer>",
    ])
    #expect(
      Self.problems(overrides) == [
        TemplateProblem(
          file: overrides.path("html-pill.mustache"), line: 1, column: 7,
          message:
            "templates include each other without end: html-footer → html-pill → html-footer",
          hint: "remove one of these includes")
      ])
  }

  @Test func missingFolderIsAnError() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("absent")
    #expect(throws: TemplateError.directoryNotFound(path: path)) {
      try TemplateSet.load(overrides: path)
    }
  }

  @Test func keyOutsideItsScopeFailsTheRender() throws {
    let overrides = try Overrides(["html-footer.mustache": "<footer>{{owner}}</footer>\n"])
    let templates = try overrides.load()
    #expect(throws: RenderError.unknownKeys(template: "built-in report.html", keys: ["owner"])) {
      try HTMLRenderer(templates: templates).render(SampleReport.make())
    }
  }

  @Test func problemsReadAsCompilerMessages() {
    let problem = TemplateProblem(
      file: "t/html-footer.mustache", line: 2, column: 3, message: "unknown key \"x\"",
      hint: "see the list")
    #expect(
      problem.description
        == "t/html-footer.mustache:2:3: error: unknown key \"x\"\n  hint: see the list")
  }
}
