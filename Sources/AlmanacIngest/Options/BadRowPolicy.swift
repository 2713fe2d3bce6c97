/// What the reader does with a row it cannot read.
public enum BadRowPolicy: String, Sendable, Equatable, CaseIterable {
  /// Fail the read, listing the bad rows of the file (up to ``ReadOptions/problemLimit``).
  case fail
  /// Leave the row out, count it and keep the first reasons (up to ``ReadOptions/problemLimit``).
  case skip
}
