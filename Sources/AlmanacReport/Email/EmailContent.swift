/// What an e-mail about a report says: its subject and its body as HTML and as plain text.
///
/// Both bodies show the executive summary, and only it: title, period, headline, models by status,
/// the money and one line per model. The message that carries them (headers, MIME parts and the
/// attached workbook) is assembled elsewhere; this value holds only the words.
public struct EmailContent: Sendable, Equatable {
  /// The subject on one line, without encoding: `Weekly model health 2026-W47: <first sentence>`.
  public var subject: String
  /// The HTML body: one page with inline styles, no style sheet, image, script or link.
  public var html: String
  /// The plain-text body, with `\n` line breaks.
  public var text: String

  /// Creates e-mail content.
  ///
  /// - Parameters:
  ///   - subject: The subject on one line.
  ///   - html: The HTML body.
  ///   - text: The plain-text body.
  public init(subject: String, html: String, text: String) {
    self.subject = subject
    self.html = html
    self.text = text
  }
}
