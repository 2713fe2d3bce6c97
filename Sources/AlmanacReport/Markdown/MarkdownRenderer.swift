/// Renders a report as GitHub-flavoured Markdown for wikis and chats.
///
/// The same sections as the HTML page, from `report.md` and its `md-…` partials; every value is
/// escaped for Markdown (`MarkdownEscaping`), so names cannot break a table or inject markup.
public struct MarkdownRenderer: Sendable {
  /// The templates to render with.
  public let templates: TemplateSet

  /// Creates a renderer.
  ///
  /// - Parameter templates: The built-in templates or a set with overrides.
  public init(templates: TemplateSet) {
    self.templates = templates
  }

  /// Renders a report.
  ///
  /// - Parameter report: The report.
  /// - Returns: The Markdown text.
  /// - Throws: `RenderError.unknownKeys` when an override template uses a key outside its scope.
  public func render(_ report: ReportModel) throws -> String {
    try templates.render(.markdown, root: ReportContext(report: report).root())
  }
}
