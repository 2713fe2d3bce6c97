internal import Yams

extension AnalogyPack {
  /// Reads a pack from its YAML text, strictly.
  ///
  /// The file is a mapping with one text value per `Topic` key and a `glossary` mapping with one text
  /// value per `GlossaryTerm` key. Every key must be present, no other key is allowed (a misspelt
  /// key is reported, not ignored), and every value must be non-empty text.
  ///
  /// - Parameters:
  ///   - yaml: The file's text.
  ///   - name: The pack's name (the file name without extension).
  ///   - file: The file's path, for messages.
  /// - Throws: `AnalogyPackError.invalid` listing every problem, each with file, line and column; a
  ///   missing key is reported at the line where its mapping starts (the `glossary:` line for a
  ///   glossary key).
  public init(yaml: String, name: String, file: String) throws(AnalogyPackError) {
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: yaml) else {
        throw AnalogyPackError.invalid([
          PackProblem(file: file, line: 1, column: nil, message: "the pack is empty")
        ])
      }
      root = node
    } catch let error as AnalogyPackError {
      throw error
    } catch let error as YamlError {
      throw AnalogyPackError.invalid([PackProblem(yamlError: error, file: file)])
    } catch {
      throw AnalogyPackError.invalid([
        PackProblem(file: file, line: 1, column: nil, message: "invalid YAML: \(error)")
      ])
    }

    var problems: [PackProblem] = []
    let top = Self.texts(
      root, line: root.mark?.line ?? 1, keys: Topic.allCases.map(\.rawValue), nested: "glossary",
      where: "the pack", file: file, problems: &problems)
    var glossaryTexts: [String: String] = [:]
    if let glossary = top.nested {
      glossaryTexts =
        Self.texts(
          glossary.value, line: glossary.line, keys: GlossaryTerm.allCases.map(\.rawValue),
          nested: nil, where: "glossary", file: file, problems: &problems
        ).texts
    }
    guard problems.isEmpty else { throw AnalogyPackError.invalid(problems) }
    self.init(
      name: name,
      analogies: Dictionary(
        uniqueKeysWithValues: Topic.allCases.map { ($0, top.texts[$0.rawValue] ?? "") }),
      glossary: Dictionary(
        uniqueKeysWithValues: GlossaryTerm.allCases.map { ($0, glossaryTexts[$0.rawValue] ?? "") }))
  }

  /// The text values of a mapping that must have exactly `keys` (plus `nested`, a mapping returned
  /// as is with the line of its key), recording every problem; a missing key is reported at `line`.
  private static func texts(
    _ node: Node, line: Int, keys: [String], nested: String?, where place: String, file: String,
    problems: inout [PackProblem]
  ) -> (texts: [String: String], nested: (value: Node, line: Int)?) {
    guard case .mapping(let mapping) = node else {
      problems.append(
        PackProblem(
          file: file, line: line, column: node.mark?.column,
          message: "\(place) must be a mapping of keys to text"))
      return ([:], nil)
    }
    var texts: [String: String] = [:]
    var nestedNode: (value: Node, line: Int)?
    var seen: Set<String> = []
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      seen.insert(key)
      if key == nested {
        nestedNode = (value, keyNode.mark?.line ?? line)
        continue
      }
      guard keys.contains(key) else {
        problems.append(
          PackProblem(
            file: file, line: keyNode.mark?.line ?? line, column: keyNode.mark?.column,
            message: "unknown key \"\(key)\" in \(place)",
            hint: "expected one of: \((keys + [nested].compactMap { $0 }).joined(separator: ", "))")
        )
        continue
      }
      let text = value.scalar?.string.trimmingWhitespace() ?? ""
      guard !text.isEmpty else {
        problems.append(
          PackProblem(
            file: file, line: value.mark?.line ?? line, column: value.mark?.column,
            message: "\"\(key)\" in \(place) must be non-empty text"))
        continue
      }
      texts[key] = text
    }
    for key in keys + [nested].compactMap({ $0 }) where !seen.contains(key) {
      problems.append(
        PackProblem(
          file: file, line: line, column: nil, message: "missing key \"\(key)\" in \(place)"))
    }
    return (texts, nestedNode)
  }
}

extension PackProblem {
  init(yamlError: YamlError, file: String) {
    let syntax = YAMLSyntaxError(yamlError)
    self.init(file: file, line: syntax.line ?? 1, column: syntax.column, message: syntax.message)
  }
}

extension String {
  /// The text without white space at either end.
  fileprivate func trimmingWhitespace() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
