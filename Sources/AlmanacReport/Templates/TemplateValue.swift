/// One value a template can show.
///
/// Renderers turn the report model into a tree of these; every figure is already written as text by
/// `Wording`, so templates only place values.
enum TemplateValue {
  /// Text from the report; escaped for the output format when shown with `{{key}}`.
  case text(String)
  /// A yes/no condition for `{{#key}}` and `{{^key}}` sections.
  case flag(Bool)
  /// A nested object, entered with `{{#key}}`.
  case node(TemplateNode)
  /// A list, repeated with `{{#key}}`; empty lists show `{{^key}}` sections.
  case list([TemplateNode])
  /// Markup the renderer made itself (an SVG chart); only these keys may be shown with `{{{key}}}`.
  case markup(String)
  /// A figure the report does not have: shows as an em dash, and counts as false in sections.
  case missing

  /// Text, or `missing` when there is none.
  ///
  /// - Parameter text: Optional text.
  /// - Returns: The value.
  static func text(_ text: String?) -> TemplateValue {
    text.map(TemplateValue.text) ?? .missing
  }

  /// A figure written by `format`, or `missing` when there is none.
  ///
  /// - Parameters:
  ///   - value: The figure, if known.
  ///   - format: How to write it.
  /// - Returns: The value.
  static func figure<Value>(_ value: Value?, _ format: (Value) -> String) -> TemplateValue {
    value.map { .text(format($0)) } ?? .missing
  }
}
