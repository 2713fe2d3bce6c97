/// Renders the e-mail about a report: the subject, the HTML body and its plain-text alternative.
///
/// The HTML body comes from the `html-email` template, so `--templates` can restyle it like the
/// report page; its values are HTML-escaped by Mustache and its styles are inline because mail
/// clients drop style sheets. The plain-text body (`EmailPlainText`) reads the same template
/// context, so both bodies show the same words and figures, written by `Wording` as in every
/// report. Every text value is put on one line first (`EmailText.singleLine(_:)`).
public struct EmailRenderer: Sendable {
  /// The name of the HTML body's template.
  static let templateName = "html-email"

  /// The templates to render with.
  public let templates: TemplateSet

  /// Creates a renderer.
  ///
  /// - Parameter templates: The built-in templates or a set with overrides.
  public init(templates: TemplateSet) {
    self.templates = templates
  }

  /// Renders the e-mail content of a report.
  ///
  /// - Parameter report: The report.
  /// - Returns: The subject and both bodies.
  /// - Throws: `RenderError.invalidAccentColor` when the branding's colour is not `#RRGGBB`;
  ///   `RenderError.missingTemplate` or `.unknownKeys` when an override breaks `html-email`.
  public func render(_ report: ReportModel) throws(RenderError) -> EmailContent {
    let accent: AccentColor
    do {
      accent = try AccentColor(report.branding.accentColor)
    } catch let error as RenderError {
      throw error
    } catch {
      throw .invalidAccentColor(report.branding.accentColor)
    }
    let root = ReportContext(report: report).root(
      extras: [.accentColor: .text(accent.hex), .accentTextColor: .text(accent.textColor)]
    ).mappingTexts(EmailText.singleLine)
    let html = try templates.render(template: Self.templateName, root: root)
    return EmailContent(
      subject: Self.subject(of: report), html: html, text: EmailPlainText(root: root).text)
  }

  /// The subject: title, period and the headline's first sentence, on one line.
  ///
  /// - Parameter report: The report.
  /// - Returns: `<title> <period>: <first sentence>`, or `<title> <period>` without a headline.
  static func subject(of report: ReportModel) -> String {
    let lead = EmailText.singleLine("\(report.title) \(report.period.label)")
    let sentence = EmailText.firstSentence(of: report.summary.headline)
    return sentence.isEmpty ? lead : "\(lead): \(sentence)"
  }
}
