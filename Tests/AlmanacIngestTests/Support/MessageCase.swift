import Testing

/// A table-driven case: a small CSV and the error message it must produce, word for word.
struct MessageCase: Sendable, CustomTestStringConvertible {
  /// What the case shows, as the test report names it.
  let testDescription: String
  /// The input file's content.
  let csv: String
  /// The expected `IngestError.description`.
  let message: String
}
