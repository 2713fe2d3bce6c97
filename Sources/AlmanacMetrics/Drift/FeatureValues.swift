/// Whether a column holds numbers or categories.
public enum ColumnKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
  /// Numbers, compared by order and distance.
  case numeric
  /// Labels, compared by frequency only.
  case categorical
}

/// One side (reference or current) of a column, ready for drift measures.
///
/// For a categorical column the caller aligns both sides on one category index space: slot i of
/// the reference and of the current counts is the same category, and a category seen only in the
/// current period is a slot whose reference count is 0. Slots empty on both sides are ignored.
public enum FeatureValues: Sendable, Equatable {
  /// A numeric column's finite values, sorted.
  case numeric(SortedSample)
  /// A categorical column's count per category slot (missing values already left out).
  case categorical(counts: [Int])

  /// The column kind.
  public var kind: ColumnKind {
    switch self {
    case .numeric: .numeric
    case .categorical: .categorical
    }
  }

  /// The number of non-missing values.
  public var count: Int {
    switch self {
    case .numeric(let sample): sample.count
    case .categorical(let counts): counts.reduce(0, +)
    }
  }
}
