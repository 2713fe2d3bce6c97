/// A green-level observation: worth knowing, not worth acting on, so kept apart from findings.
///
/// Notes never carry an analogy, an action or alarm words; a report lists them under its own
/// heading, never under what needs attention.
public struct Note: Sendable, Equatable {
  /// What kind of observation this is.
  public var kind: Finding.Kind
  /// What was seen, with the number.
  public var what: String

  /// Creates a note.
  ///
  /// - Parameters:
  ///   - kind: What kind of observation this is.
  ///   - what: What was seen.
  public init(kind: Finding.Kind, what: String) {
    self.kind = kind
    self.what = what
  }
}
