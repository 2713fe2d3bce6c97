/// The output format a template belongs to, told by its name.
///
/// `report.html` and templates named `html-…` make the HTML page; `report.md` and `md-…` make the
/// Markdown report. The name decides how values are escaped, so it is checked when templates load.
enum TemplateFamily: Sendable, CaseIterable {
  /// The HTML page: values are HTML-escaped (Mustache's default).
  case html
  /// The Markdown report: values are escaped for Markdown (`{{% CONTENT_TYPE: MARKDOWN}}`).
  case markdown

  /// The family of a template, or `nil` when its name follows neither pattern.
  ///
  /// - Parameter name: The template's name (its file name without `.mustache`).
  init?(templateName name: String) {
    if name == "report.html" || name.hasPrefix("html-") {
      self = .html
    } else if name == "report.md" || name.hasPrefix("md-") {
      self = .markdown
    } else {
      return nil
    }
  }

  /// The template that renders the whole report.
  var root: String {
    switch self {
    case .html: "report.html"
    case .markdown: "report.md"
    }
  }
}
