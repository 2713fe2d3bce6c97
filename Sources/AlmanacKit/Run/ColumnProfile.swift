internal import AlmanacIngest
internal import AlmanacMetrics

/// One column prepared for drift tests: numbers sorted once, or category counts by text.
///
/// The reference side is prepared once per model and shared by every period, so a column is never
/// sorted twice.
enum ColumnProfile: Sendable {
  /// Non-missing finite numbers, sorted.
  case numeric(SortedSample)
  /// Counts per category text.
  case categorical([String: Int])

  /// Prepares a column.
  ///
  /// - Parameter column: The column; timestamps are not profiled.
  init?(_ column: Column) {
    switch column {
    case .numeric(let values): self = .numeric(SortedSample(values))
    case .categorical(let codes, let levels):
      var counts = [Int](repeating: 0, count: levels.count)
      for code in codes where code >= 0 { counts[Int(code)] += 1 }
      var byText: [String: Int] = [:]
      for (level, count) in zip(levels, counts) where count > 0 {
        byText[level, default: 0] += count
      }
      self = .categorical(byText)
    case .timestamp: return nil
    }
  }

  /// Category counts, turning numbers into their text when the other side of a test is categorical.
  var categoryCounts: [String: Int] {
    switch self {
    case .categorical(let counts): return counts
    case .numeric(let sample):
      var byText: [String: Int] = [:]
      var start = 0
      while start < sample.values.count {
        var end = start + 1
        while end < sample.values.count && sample.values[end] == sample.values[start] { end += 1 }
        byText[Column.text(of: sample.values[start]), default: 0] += end - start
        start = end
      }
      return byText
    }
  }

  /// The numbers behind category counts whose every category is a number (an integer column the
  /// reader typed as categorical for having few distinct values), or `nil`.
  var numbers: SortedSample? {
    switch self {
    case .numeric(let sample): return sample
    case .categorical(let counts):
      var values: [Double] = []
      for (text, count) in counts {
        guard let value = Double(text), value.isFinite else { return nil }
        values += repeatElement(value, count: count)
      }
      return SortedSample(values)
    }
  }

  /// The values of both sides in a form the drift test takes.
  ///
  /// The reference decides the column's kind, as the training data defines the schema: a current
  /// period that the reader typed differently (an integer column with few distinct values this
  /// week) is read as the reference's kind. Only text in a numeric reference's column makes both
  /// sides categorical. Categories are aligned on one order: the reference's in text order, then
  /// those new in the current period.
  static func pair(reference: ColumnProfile, current: ColumnProfile) -> (
    FeatureValues, FeatureValues
  ) {
    if case .numeric(let referenceSample) = reference, let currentSample = current.numbers {
      return (.numeric(referenceSample), .numeric(currentSample))
    }
    let referenceCounts = reference.categoryCounts
    let currentCounts = current.categoryCounts
    let order =
      referenceCounts.keys.sorted()
      + currentCounts.keys.filter { referenceCounts[$0] == nil }.sorted()
    return (
      .categorical(counts: order.map { referenceCounts[$0] ?? 0 }),
      .categorical(counts: order.map { currentCounts[$0] ?? 0 })
    )
  }
}
