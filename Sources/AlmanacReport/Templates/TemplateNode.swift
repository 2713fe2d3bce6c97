import Mustache

/// An object in the template context: named values that templates look up by key.
///
/// Lookups go through `child(named:)`. The root node also keeps a `LookupLog`: Mustache climbs from
/// the innermost object to the root, so a key that even the root cannot answer is unknown in that
/// place, and rendering fails instead of silently showing nothing.
struct TemplateNode: MustacheParent {
  /// The node's values by key.
  var values: [ContextKey: TemplateValue]
  /// Where the root records keys nobody could answer; `nil` on inner nodes.
  var log: LookupLog?

  /// Creates a node.
  ///
  /// - Parameter values: The node's values by key.
  init(_ values: [ContextKey: TemplateValue]) {
    self.values = values
    log = nil
  }

  /// Adds values, replacing those with the same keys.
  ///
  /// - Parameter extra: The values to add.
  mutating func merge(_ extra: [ContextKey: TemplateValue]) {
    values.merge(extra) { _, new in new }
  }

  func child(named name: String) -> Any? {
    guard let key = ContextKey(rawValue: name), let value = values[key] else {
      log?.recordUnknown(name)
      return nil
    }
    switch value {
    case .text(let text): return VisibleText.of(text)
    case .flag(let flag): return flag
    case .node(let node): return node
    case .list(let nodes): return nodes
    case .markup(let markup): return markup
    case .missing: return MissingFigure()
    }
  }
}

/// The keys a render asked for and no object in scope had.
final class LookupLog {
  /// Unknown keys in the order first asked for.
  private(set) var unknownKeys: [String] = []

  /// Notes a key nobody answered.
  ///
  /// - Parameter key: The key as written in the template.
  func recordUnknown(_ key: String) {
    if !unknownKeys.contains(key) { unknownKeys.append(key) }
  }
}

/// A figure the report lacks: an em dash when shown, false in sections.
struct MissingFigure: MustacheCustomRenderable {
  var renderText: String { "—" }
  var isNull: Bool { true }
}
