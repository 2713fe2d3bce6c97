/// The report templates compiled into the binary, so an installed `almanac` needs no files beside
/// it.
///
/// The canonical texts are the files in `Sources/AlmanacReport/Resources/templates/`; SwiftPM
/// embeds them (`resources: [.embedInCode(...)]`) as byte arrays in `PackageResources`. This list
/// only maps each file to its template name; a test checks that it names every file in that folder.
enum BuiltInTemplates {
  /// Every built-in template's text by name (the file name without `.mustache`).
  static let texts: [String: String] = Dictionary(
    uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })

  /// The embedded files by template name.
  private static let files: [(name: String, bytes: [UInt8])] = [
    ("report.html", PackageResources.report_html_mustache),
    ("html-style", PackageResources.html_style_mustache),
    ("html-masthead", PackageResources.html_masthead_mustache),
    ("html-pill", PackageResources.html_pill_mustache),
    ("html-summary", PackageResources.html_summary_mustache),
    ("html-portfolio", PackageResources.html_portfolio_mustache),
    ("html-models", PackageResources.html_models_mustache),
    ("html-model-card", PackageResources.html_model_card_mustache),
    ("html-appendix", PackageResources.html_appendix_mustache),
    ("html-drift-table", PackageResources.html_drift_table_mustache),
    ("html-drift-row", PackageResources.html_drift_row_mustache),
    ("html-footer", PackageResources.html_footer_mustache),
    ("html-email", PackageResources.html_email_mustache),
    ("html-email-model", PackageResources.html_email_model_mustache),
    ("report.md", PackageResources.report_md_mustache),
    ("md-summary", PackageResources.md_summary_mustache),
    ("md-portfolio", PackageResources.md_portfolio_mustache),
    ("md-models", PackageResources.md_models_mustache),
    ("md-appendix", PackageResources.md_appendix_mustache),
    ("md-drift-row", PackageResources.md_drift_row_mustache),
  ]
}
