/// The distinct values of two ascending arrays, visited together in one merge walk.
///
/// Each step is one value present in either array, with how many elements of each array lie
/// strictly below it and at or below it. Every two-sample measure on sorted data (KS, Wasserstein,
/// per-value tables, ROC placements, distinct counts) is a fold over these steps, so the walk is
/// written once. Arrays must be sorted ascending and free of NaN.
///
/// - Complexity: O(n₁ + n₂) for the whole walk.
struct SortedMerge: Sequence, IteratorProtocol {
  /// One distinct value of the union.
  struct Step {
    /// The value.
    var value: Double
    /// Elements of the first array below `value`.
    var firstBelow: Int
    /// Elements of the first array at or below `value`.
    var firstThrough: Int
    /// Elements of the second array below `value`.
    var secondBelow: Int
    /// Elements of the second array at or below `value`.
    var secondThrough: Int

    /// Elements of the first array equal to `value`.
    var firstTies: Int { firstThrough - firstBelow }
    /// Elements of the second array equal to `value`.
    var secondTies: Int { secondThrough - secondBelow }
  }

  private let first: [Double]
  private let second: [Double]
  private var i = 0
  private var j = 0

  /// Prepares a walk over two ascending arrays.
  init(_ first: [Double], _ second: [Double]) {
    self.first = first
    self.second = second
  }

  mutating func next() -> Step? {
    let firstValue = i < first.count ? first[i] : nil
    let secondValue = j < second.count ? second[j] : nil
    let value: Double
    switch (firstValue, secondValue) {
    case (let a?, let b?): value = Swift.min(a, b)
    case (let a?, nil): value = a
    case (nil, let b?): value = b
    case (nil, nil): return nil
    }
    let firstBelow = i
    let secondBelow = j
    while i < first.count && first[i] == value { i += 1 }
    while j < second.count && second[j] == value { j += 1 }
    return Step(
      value: value, firstBelow: firstBelow, firstThrough: i, secondBelow: secondBelow,
      secondThrough: j)
  }
}
