/// A running sum that carries its rounding error (Neumaier's variant of Kahan summation).
///
/// The error of the final sum is bounded by about 2ε·|sum| + O(nε²)·Σ|xᵢ| whatever the order or
/// sign of the terms, so long columns of mixed magnitude add up to the digit (NumPy's pairwise sum
/// drifts by O(ε log n)). Infinite terms give ±∞ (opposite infinities NaN), as plain addition does.
///
/// Neumaier, A. (1974), "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen",
/// ZAMM 54, 39-51.
public struct CompensatedSum: Sendable, Equatable {
  private var total = 0.0
  private var compensation = 0.0

  /// Creates an empty sum.
  public init() {}

  /// The current sum, rounded to the nearest `Double`.
  public var value: Double { total.isFinite ? total + compensation : total }

  /// Adds one term.
  ///
  /// - Parameter term: The value to add.
  /// - Complexity: O(1).
  public mutating func add(_ term: Double) {
    let sum = total + term
    if !sum.isFinite {
      total = sum
      return
    }
    if abs(total) >= abs(term) {
      compensation += (total - sum) + term
    } else {
      compensation += (term - sum) + total
    }
    total = sum
  }

  /// Sums a sequence of values.
  ///
  /// - Parameter values: The terms.
  /// - Returns: Their compensated sum; `0` when `values` is empty.
  /// - Complexity: O(*n*).
  public static func of(_ values: some Sequence<Double>) -> Double {
    var sum = CompensatedSum()
    for value in values { sum.add(value) }
    return sum.value
  }
}
