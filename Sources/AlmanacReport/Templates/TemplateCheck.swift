import Foundation

/// The load-time checks of a template set, independent of any report's data.
///
/// Mustache shows an unknown key or a missing partial as nothing, without an error; these checks
/// turn such slips into errors with a file, line and column before any report is rendered.
struct TemplateCheck {
  /// The templates' texts by name.
  let texts: [String: String]
  /// Where each template came from, for messages.
  let origins: [String: String]
  /// Names that override folders added (not replacing a built-in template).
  let additions: Set<String>
  /// Templates Mustache could not parse; their problem is already reported.
  let unparsed: Set<String>

  /// Every problem found, sorted by template name and position.
  func problems() -> [TemplateProblem] {
    var problems: [TemplateProblem] = []
    var included: Set<String> = []
    var inclusions: [String: [TemplateTag]] = [:]
    for name in texts.keys.sorted() where !unparsed.contains(name) {
      guard let text = texts[name] else { continue }
      let file = origins[name] ?? name
      let tags = TemplateTag.scan(text)
      guard let family = TemplateFamily(templateName: name) else {
        problems.append(
          TemplateProblem(
            file: file, line: 1, column: 1, message: "\"\(name)\" is not a report template name",
            hint: "name HTML partials html-….mustache and Markdown partials md-….mustache"))
        continue
      }
      problems += escaping(of: tags, family: family, file: file)
      for tag in tags {
        if let problem = problem(with: tag, family: family, file: file) {
          problems.append(problem)
        }
        if tag.kind == .partial || tag.kind == .parent {
          included.insert(tag.content)
          inclusions[name, default: []].append(tag)
        }
      }
    }
    problems += cycles(in: inclusions)
    for name in additions.sorted()
    where !included.contains(name) && TemplateFamily(templateName: name) != nil {
      problems.append(
        TemplateProblem(
          file: origins[name] ?? name, line: 1, column: 1,
          message: "no template includes \"\(name)\" and it replaces no built-in template",
          hint: "check the file name; the built-in names are listed in templates/README.md"))
    }
    return problems
  }

  /// Templates that include themselves, directly or through others, which would render forever.
  ///
  /// One problem per cycle, at the include that closes it, in the first template of the cycle
  /// by name.
  private func cycles(in inclusions: [String: [TemplateTag]]) -> [TemplateProblem] {
    var problems: [TemplateProblem] = []
    var reported: Set<String> = []
    for start in inclusions.keys.sorted() where !reported.contains(start) {
      // Depth-first from `start`, looking for a path back to it.
      var stack: [(name: String, path: [String])] = [(start, [start])]
      var visited: Set<String> = []
      while let (name, path) = stack.popLast() {
        for tag in inclusions[name] ?? [] {
          if tag.content == start {
            let cycle = (path + [start]).joined(separator: " → ")
            problems.append(
              TemplateProblem(
                file: origins[name] ?? name, line: tag.line, column: tag.column,
                message: "templates include each other without end: \(cycle)",
                hint: "remove one of these includes"))
            reported.formUnion(path)
            stack.removeAll()
            break
          }
          if visited.insert(tag.content).inserted {
            stack.append((tag.content, path + [tag.content]))
          }
        }
      }
    }
    return problems
  }

  /// Checks that a template escapes values for its family.
  private func escaping(of tags: [TemplateTag], family: TemplateFamily, file: String)
    -> [TemplateProblem]
  {
    let pragmas = tags.filter { $0.kind == .pragma }
    switch family {
    case .markdown:
      guard let first = tags.first, first.kind == .pragma,
        Self.contentType(of: first) == MarkdownContentType.name
      else {
        return [
          TemplateProblem(
            file: file, line: 1, column: 1,
            message: "a Markdown template must begin with {{% CONTENT_TYPE: MARKDOWN}}",
            hint: "without it, values are escaped for HTML and a | in a name breaks a table")
        ]
      }
      return []
    case .html:
      return pragmas.filter { Self.contentType(of: $0) != "HTML" }.map { tag in
        TemplateProblem(
          file: file, line: tag.line, column: tag.column,
          message: "an HTML template must keep HTML escaping",
          hint: "remove {{%\(tag.content)}}")
      }
    }
  }

  /// The problem with one tag, if any.
  private func problem(with tag: TemplateTag, family: TemplateFamily, file: String)
    -> TemplateProblem?
  {
    func problem(_ message: String, hint: String? = nil) -> TemplateProblem {
      TemplateProblem(file: file, line: tag.line, column: tag.column, message: message, hint: hint)
    }
    switch tag.kind {
    case .variable, .section, .invertedSection, .unescaped:
      guard tag.content != "." else { return nil }
      let parts = tag.content.split(separator: ".", omittingEmptySubsequences: false)
      let keys = parts.map { ContextKey(rawValue: String($0)) }
      if let unknown = zip(parts, keys).first(where: { $0.1 == nil })?.0 {
        return problem(
          "unknown key \"\(unknown)\"", hint: "the keys are listed in templates/README.md")
      }
      if tag.kind == .unescaped, keys.last??.isMarkup != true {
        return problem(
          "\"\(tag.content)\" would be shown without escaping",
          hint: "write {{\(tag.content)}}; only charts may use three braces")
      }
      return nil
    case .partial, .parent:
      guard texts[tag.content] != nil else {
        return problem("no template named \"\(tag.content)\" to include")
      }
      guard TemplateFamily(templateName: tag.content) == family else {
        return problem("\"\(tag.content)\" belongs to the other report format")
      }
      return nil
    case .delimiters:
      return problem("changing delimiters is not supported", hint: "keep {{ and }}")
    case .closing, .block, .comment, .pragma:
      return nil
    }
  }

  /// The content type a `CONTENT_TYPE` pragma names, if the pragma is one.
  private static func contentType(of tag: TemplateTag) -> String? {
    let parts = tag.content.split(separator: ":", maxSplits: 1)
    guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "CONTENT_TYPE" else {
      return nil
    }
    return parts[1].trimmingCharacters(in: .whitespaces)
  }
}
