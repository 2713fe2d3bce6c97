/// A figure computed from binned data, with proven bounds on the exact figure.
///
/// Figures computed from bin counts and sums (``BinnedSample``) instead of rows can differ from
/// the row-level figure. Each comes with the range the exact (row-level) figure is proven to lie
/// in: the exact figure lies in `low...high`, and so does `value`. The bounds are not a
/// confidence interval (compare ``Estimate``): given the bins they are certain, up to
/// floating-point rounding, and `low == high` means the bins determine the figure.
public struct BoundedFigure: Sendable, Equatable, Codable {
  /// The point value reported.
  public var value: Double
  /// The least the exact figure can be.
  public var low: Double
  /// The most the exact figure can be.
  public var high: Double

  /// Creates a bounded figure.
  ///
  /// - Parameters:
  ///   - value: The point value, in `low...high`.
  ///   - low: The lower bound on the exact figure.
  ///   - high: The upper bound on the exact figure.
  public init(_ value: Double, low: Double, high: Double) {
    self.value = value
    self.low = low
    self.high = high
  }
}
