import AlmanacNarrative

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
  /// - Parameters:
  ///   - report: The report.
  ///   - link: Where the full report is published (`report.link`), shown in both bodies; `nil`
  ///     for none.
  /// - Returns: The subject and both bodies.
  /// - Throws: `RenderError.invalidAccentColor` when the branding's colour is not `#RRGGBB`;
  ///   `RenderError.missingTemplate` or `.unknownKeys` when an override breaks `html-email`.
  public func render(_ report: ReportModel, link: String? = nil) throws(RenderError)
    -> EmailContent
  {
    let accent: AccentColor
    do {
      accent = try AccentColor(report.branding.accentColor)
    } catch let error as RenderError {
      throw error
    } catch {
      throw .invalidAccentColor(report.branding.accentColor)
    }
    let root = ReportContext(report: report).root(
      extras: [
        .accentColor: .text(accent.hex), .accentTextColor: .text(accent.textColor),
        .link: .text(link),
      ]
    ).mappingTexts(EmailText.singleLine)
    let html = try templates.render(template: Self.templateName, root: root)
    return EmailContent(
      subject: Self.subject(of: report), html: html, text: EmailPlainText(root: root).text)
  }

  /// The longest subject, in characters: mail readers' lists cut subjects near 70.
  static let subjectLimit = 70

  /// The subject: the action first, the models that need it by name, then the period, on one line
  /// and within `subjectLimit` characters.
  ///
  /// `Act now: fraud-screening and 1 more are red, 2026-W47`; `Watch: churn needs attention,
  /// 2026-W47`; `No action needed: 4 models working well, 2026-W47`. The worst model (the report
  /// lists models worst first) is named; a name too long for the limit is cut with `...`.
  ///
  /// - Parameter report: The report.
  /// - Returns: The subject.
  static func subject(of report: ReportModel) -> String {
    let period = EmailText.singleLine(report.period.label)
    let red = report.models.filter { $0.status == .red }.map(\.name)
    let amber = report.models.filter { $0.status == .amber }.map(\.name)
    if !red.isEmpty {
      return naming(red, action: "Act now", one: "is red", many: "are red", period: period)
    }
    if !amber.isEmpty {
      return naming(
        amber, action: "Watch", one: "needs attention", many: "need attention", period: period)
    }
    switch report.models.count {
    case 0: return "No models reported, \(period)"
    case 1: return "No action needed: 1 model working well, \(period)"
    case let count: return "No action needed: \(count) models working well, \(period)"
    }
  }

  /// `<action>: <first name>[ and N more] <verb>, <period>`, the name cut to fit the limit.
  private static func naming(
    _ names: [String], action: String, one: String, many: String, period: String
  ) -> String {
    let more = names.count > 1 ? " and \(names.count - 1) more \(many)" : " \(one)"
    let rest = "\(more), \(period)"
    let room = subjectLimit - action.count - 2 - rest.count
    var name = EmailText.singleLine(names[0])
    if name.count > room { name = String(name.prefix(max(room - 3, 1))) + "..." }
    return "\(action): \(name)\(rest)"
  }
}
