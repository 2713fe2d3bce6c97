/// One column's finite values, sorted once and shared by every drift measure.
///
/// Built once per column and period: NaN and ±∞ are dropped (and counted), the rest sorted
/// ascending (radix sort, O(n)). KS, Wasserstein, the PSI/JS histogram and the per-value tables
/// all walk this one sorted copy, so a column is never sorted twice. A value type backed by a
/// copy-on-write array: passing it around or across tasks copies nothing.
public struct SortedSample: Sendable, Equatable {
  /// The finite values in ascending order (−0.0 is stored as +0.0).
  public let values: [Double]
  /// How many NaN or infinite values were dropped.
  public let droppedCount: Int
  /// The number of distinct values.
  public let distinctCount: Int

  /// Sorts a column's finite values.
  ///
  /// - Parameter column: The raw values, possibly with NaN and ±∞.
  /// - Complexity: O(n) time and O(n) space.
  public init(_ column: [Double]) {
    (values, droppedCount) = RadixSort.sortedFinite(column)
    var distinct = values.isEmpty ? 0 : 1
    for index in values.indices.dropFirst() where values[index] != values[index - 1] {
      distinct += 1
    }
    distinctCount = distinct
  }

  /// The number of finite values.
  public var count: Int { values.count }

  /// Whether no finite value remains.
  public var isEmpty: Bool { values.isEmpty }

  /// The arithmetic mean, compensated; `nil` when empty.
  ///
  /// - Complexity: O(n).
  public var mean: Double? {
    isEmpty ? nil : CompensatedSum.of(values) / Double(count)
  }

  /// The population standard deviation √((1/n) Σ(xᵢ − x̄)²), or `nil` when empty.
  ///
  /// Two passes (mean, then squared deviations); `numpy.std(x)` (ddof 0).
  ///
  /// - Complexity: O(n).
  public var populationStandardDeviation: Double? {
    guard let mean else { return nil }
    var sum = CompensatedSum()
    for value in values { sum.add((value - mean) * (value - mean)) }
    return (sum.value / Double(count)).squareRoot()
  }

  /// How many values are strictly below `bound` (binary search).
  ///
  /// - Complexity: O(log n).
  func countBelow(_ bound: Double) -> Int { Self.countBelow(bound, in: values) }

  /// How many values of an ascending array lie strictly below `bound` (binary search).
  static func countBelow(_ bound: Double, in sorted: [Double]) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < bound { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
