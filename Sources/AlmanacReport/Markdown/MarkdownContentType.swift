import Mustache

/// Mustache escaping for Markdown: `{{key}}` in a template that begins with
/// `{{% CONTENT_TYPE: MARKDOWN}}` writes the value through `MarkdownEscaping.escape(_:)`.
struct MarkdownContentType: MustacheContentType {
  /// The name templates use in the pragma.
  static let name = "MARKDOWN"

  /// Registers the content type with Mustache once per process; parsing a Markdown template needs
  /// it.
  static func register() {
    _ = registration
  }

  private static let registration: Void = MustacheContentTypes.register(
    MarkdownContentType(), named: name)

  func escapeText(_ text: String) -> String {
    MarkdownEscaping.escape(text)
  }
}
