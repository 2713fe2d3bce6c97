/// A term explained for a reader who is not a data scientist.
public struct GlossaryEntry: Sendable, Equatable {
  /// The term, such as "Data drift".
  public var term: String
  /// What it means, in plain words.
  public var plain: String
  /// A comparison from everyday business.
  public var analogy: String

  /// Creates a glossary entry.
  public init(term: String, plain: String, analogy: String) {
    self.term = term
    self.plain = plain
    self.analogy = analogy
  }
}
