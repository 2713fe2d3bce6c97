/// The sums from which every regression figure follows: what an engine computes in one pass.
///
/// The actuals are summed about a shift (`actualShift`, such as the reference's mean outcome), so
/// that their spread keeps its digits when their mean is large.
public struct ErrorSums: Sendable, Equatable, Codable {
  /// Rows with both a prediction and an actual.
  public var count = 0
  /// Σ eᵢ, with eᵢ = predictedᵢ − actualᵢ.
  public var error = 0.0
  /// Σ |eᵢ|.
  public var absolute = 0.0
  /// Σ eᵢ².
  public var squares = 0.0
  /// Σ eᵢ⁴.
  public var fourthPowers = 0.0
  /// Σ |eᵢ|/|actualᵢ| over the rows whose actual is not zero.
  public var percentage = 0.0
  /// Rows whose actual is exactly zero.
  public var zeroActuals = 0
  /// The shift c subtracted from each actual before the two sums below.
  public var actualShift = 0.0
  /// Σ (actualᵢ − c).
  public var shiftedActual = 0.0
  /// Σ (actualᵢ − c)².
  public var shiftedActualSquares = 0.0
  /// The least and greatest actual, `nil` for no rows.
  public var actualRange: ClosedRange<Double>?

  /// Empty sums.
  public init() {}

  /// Adds the sums of other rows with the same shift (another day of the same period).
  ///
  /// - Parameter other: Sums over other rows.
  /// - Precondition: Both use the same shift.
  public mutating func merge(_ other: ErrorSums) {
    precondition(actualShift == other.actualShift, "sums about different shifts")
    count += other.count
    error += other.error
    absolute += other.absolute
    squares += other.squares
    fourthPowers += other.fourthPowers
    percentage += other.percentage
    zeroActuals += other.zeroActuals
    shiftedActual += other.shiftedActual
    shiftedActualSquares += other.shiftedActualSquares
    switch (actualRange, other.actualRange) {
    case (let first?, let second?):
      actualRange =
        min(first.lowerBound, second.lowerBound)...max(first.upperBound, second.upperBound)
    case (nil, let second): actualRange = second
    default: break
    }
  }
}
