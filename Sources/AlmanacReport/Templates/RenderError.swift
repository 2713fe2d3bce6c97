/// Why a report could not be rendered.
public enum RenderError: Error, Equatable, CustomStringConvertible {
  /// The branding's accent colour is not `#RRGGBB`.
  case invalidAccentColor(String)
  /// The template set has no template with this name.
  case missingTemplate(String)
  /// Templates asked for keys that no object in scope provides; the report would show nothing
  /// there.
  case unknownKeys(template: String, keys: [String])

  /// The message for the user, with a hint where one helps.
  public var description: String {
    switch self {
    case .invalidAccentColor(let color):
      "error: accent colour \"\(color)\" is not a colour\n  hint: write it as #RRGGBB, e.g. #1F4E79"
    case .missingTemplate(let name):
      "error: no template named \"\(name)\""
    case .unknownKeys(let template, let keys):
      "\(template): error: these keys are not available where the templates use them: "
        + keys.map { "\"\($0)\"" }.joined(separator: ", ")
        + "\n  hint: a model's keys exist only inside {{#models}}; see templates/README.md"
    }
  }
}
