internal import Mustache

/// The report templates a renderer uses: the built-in ones, each replaced by a file of the same
/// name from an override folder when one is given.
///
/// Templates are checked when they load, so a mistake shows before any report is written: every tag
/// must name a key the renderers provide (`ContextKey`), only renderer-made charts may be shown
/// unescaped, every included partial must exist in the same family, Markdown templates must declare
/// Markdown escaping and HTML templates must keep HTML escaping.
public struct TemplateSet: Sendable {
  /// The parsed templates, by name (file name without `.mustache`).
  let library: MustacheLibrary
  /// Where each template came from, for messages: a file path or `built-in <name>`.
  let origins: [String: String]

  /// The names of the templates in the set, sorted.
  public var names: [String] { origins.keys.sorted() }

  /// The built-in templates alone.
  ///
  /// - Returns: The set.
  /// - Throws: `TemplateError.invalidTemplates` only if the built-in templates are broken, which
  ///   the test suite rules out.
  public static func builtIn() throws -> TemplateSet {
    try load(overrides: nil)
  }

  /// The built-in templates, with files from a folder replacing them one by one.
  ///
  /// A file `html-style.mustache` in the folder replaces the built-in `html-style` template; a file
  /// with a new name adds a partial, which must be included by some template. Files in subfolders
  /// and files not ending in `.mustache` are ignored. Reads a handful of small files synchronously.
  ///
  /// - Parameter directory: The override folder, or `nil` for the built-in templates alone.
  /// - Returns: The checked set.
  /// - Throws: `TemplateError.directoryNotFound`, `.unreadableFile`, or `.invalidTemplates` listing
  ///   every problem with its file, line and column.
  public static func load(overrides directory: String?) throws -> TemplateSet {
    MarkdownContentType.register()
    var sources: [String: (text: String, origin: String)] = [:]
    for (name, text) in BuiltInTemplates.texts {
      sources[name] = (text, "built-in \(name)")
    }
    var overridden: Set<String> = []
    if let directory {
      for file in try overrideFiles(in: directory) {
        sources[file.name] = (file.text, file.path)
        overridden.insert(file.name)
      }
    }
    var library = MustacheLibrary()
    var problems: [TemplateProblem] = []
    var unparsed: Set<String> = []
    for name in sources.keys.sorted() {
      guard let source = sources[name] else { continue }
      do {
        library.register(try MustacheTemplate(string: source.text), named: name)
      } catch let error as MustacheTemplate.ParserError {
        problems.append(
          TemplateProblem(
            file: source.origin, line: error.context.lineNumber, column: error.context.columnNumber,
            message: "cannot parse the template: \(Self.describe(error.error))"))
        unparsed.insert(name)
      }
    }
    problems += TemplateCheck(
      texts: sources.mapValues(\.text), origins: sources.mapValues(\.origin),
      additions: overridden.subtracting(BuiltInTemplates.texts.keys), unparsed: unparsed
    ).problems()
    guard problems.isEmpty else { throw TemplateError.invalidTemplates(problems) }
    return TemplateSet(library: library, origins: sources.mapValues(\.origin))
  }

  /// Mustache's parse errors in words.
  private static func describe(_ error: any Error) -> String {
    switch error as? MustacheTemplate.Error {
    case .sectionCloseNameIncorrect?: "a closing tag does not match the open section"
    case .unfinishedName?: "a tag is not closed"
    case .expectedSectionEnd?: "a section is not closed"
    case .invalidSetDelimiter?: "the delimiter tag is malformed"
    case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: "the pragma is not understood"
    default: "\(error)"
    }
  }

  /// Renders a family's root template with a context, failing on keys nobody provided.
  ///
  /// - Parameters:
  ///   - family: Which report to render.
  ///   - root: The root node, with its `LookupLog`.
  /// - Returns: The rendered text.
  /// - Throws: `RenderError.missingTemplate` or `.unknownKeys`.
  func render(_ family: TemplateFamily, root: TemplateNode) throws -> String {
    try render(template: family.root, root: root)
  }

  /// Renders one named template with a context, failing on keys nobody provided.
  ///
  /// - Parameters:
  ///   - name: The template's name, such as `report.html` or `html-email`.
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
