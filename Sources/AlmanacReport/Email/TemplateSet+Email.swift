import Mustache

extension TemplateSet {
  /// Renders one named template with a context, failing on keys nobody provided.
  ///
  /// The same steps as `render(_:root:)`, for a template that is not a family's root: the e-mail's
  /// HTML body is rendered on its own, not as part of `report.html`.
  ///
  /// - Parameters:
  ///   - name: The template's name, such as `html-email`.
  ///   - root: The root node, with its `LookupLog`.
  /// - Returns: The rendered text.
  /// - Throws: `RenderError.missingTemplate` or `.unknownKeys`.
  func render(template name: String, root: TemplateNode) throws(RenderError) -> String {
    guard let text = library.render(root, withTemplate: name) else {
      throw .missingTemplate(name)
    }
    if let unknown = root.log?.unknownKeys, !unknown.isEmpty {
      throw .unknownKeys(template: origins[name] ?? name, keys: unknown)
    }
    return text
  }
}
