extension TemplateNode {
  /// The node with every text value, in it and in its children, passed through `transform`.
  ///
  /// Markup made by a renderer is left alone; the root's `LookupLog` is kept.
  ///
  /// - Parameter transform: What to do to each text.
  /// - Returns: The transformed tree.
  func mappingTexts(_ transform: (String) -> String) -> TemplateNode {
    var copy = self
    copy.values = values.mapValues { value in
      switch value {
      case .text(let text): .text(transform(text))
      case .node(let node): .node(node.mappingTexts(transform))
      case .list(let nodes): .list(nodes.map { $0.mappingTexts(transform) })
      case .flag, .markup, .missing: value
      }
    }
    return copy
  }

  /// A value as `{{key}}` shows it: the text, or an em dash for a missing figure.
  ///
  /// - Parameter key: The key.
  /// - Returns: The text; empty when the node holds no text or figure under `key`.
  func text(_ key: ContextKey) -> String {
    switch values[key] {
    case .text(let text)?: VisibleText.of(text)
    case .missing?: MissingFigure().renderText
    default: ""
    }
  }

  /// Whether a `{{#key}}` section would show: a true flag, a text, a node or a non-empty list.
  ///
  /// - Parameter key: The key.
  /// - Returns: `false` for a false flag, a missing figure, an empty list or no value.
  func isShown(_ key: ContextKey) -> Bool {
    switch values[key] {
    case .flag(let flag)?: flag
    case .list(let nodes)?: !nodes.isEmpty
    case .text?, .node?, .markup?: true
    case .missing?, nil: false
    }
  }

  /// The child node under a key, or an empty node.
  ///
  /// - Parameter key: The key.
  /// - Returns: The node.
  func child(_ key: ContextKey) -> TemplateNode {
    if case .node(let node)? = values[key] { return node }
    return TemplateNode([:])
  }

  /// The list under a key, or an empty list.
  ///
  /// - Parameter key: The key.
  /// - Returns: The nodes.
  func list(_ key: ContextKey) -> [TemplateNode] {
    if case .list(let nodes)? = values[key] { return nodes }
    return []
  }
}
