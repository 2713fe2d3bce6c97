/// How large a drift score grows by chance alone, learned from samples of the reference.
///
/// Distances such as Wasserstein and Jensen-Shannon are never exactly zero between two samples of
/// one distribution: a small period of a stable model scores above zero, and with many categories
/// or few rows it can pass a fixed threshold such as 0.1 every week. To know the noise, score
/// samples of the reference (chunks of consecutive rows the size of a typical period, or random
/// samples when the reference is too short for enough chunks) against the reference itself.
///
/// The squared score is modelled as a scaled chi-squared variable, c·χ²(d), with c and d matched
/// to the mean and variance of the squared sample scores (Satterthwaite's approximation). Under
/// no change the Jensen-Shannon divergence (the squared distance) of `k` categories is close to
/// χ²(k − 1)/(8n), so the model is nearly exact for it; for the Wasserstein distance it matches
/// the first two moments of a positive, right-skewed score, which a normal or log-normal fit
/// misjudges in the tail (a log-normal fit put the 99.8% level of a two-category column 5 times
/// too high).
///
/// Scores shrink with the square root of the rows compared: a sample of `m` rows drawn from a
/// reference of `N` rows differs from it by a factor √(1/m − 1/N) (the finite-population
/// correction), and a period of `n` rows compared with the whole reference by √(1/n + 1/N).
/// ``level(size:falseAlarmRate:)`` rescales accordingly.
public struct DriftNoise: Sendable, Equatable {
  /// The scale c of the squared score, c·χ²(d).
  public var scale: Double
  /// The degrees of freedom d of the squared score.
  public var degreesOfFreedom: Double
  /// The rows in each sample, `m`.
  public var sampleSize: Int
  /// The rows in the reference, `N`.
  public var referenceSize: Int

  /// Fits the noise to scores of reference samples; fails with fewer than 10 finite scores,
  /// scores that are all zero, or sizes that cannot scale.
  ///
  /// - Parameters:
  ///   - scores: The distance of each sample from the reference; non-finite scores are ignored.
  ///   - sampleSize: The rows in each sample, `m`; less than `referenceSize`.
  ///   - referenceSize: The rows in the reference, `N`.
  /// - Complexity: O(*k*) for *k* scores.
  public init?(scores: [Double], sampleSize: Int, referenceSize: Int) {
    let squares = scores.filter(\.isFinite).map { $0 * $0 }
    guard squares.count >= 10, sampleSize > 0, referenceSize > sampleSize else { return nil }
    let mean = CompensatedSum.of(squares) / Double(squares.count)
    guard mean > 0 else { return nil }
    let variance =
      CompensatedSum.of(squares.map { ($0 - mean) * ($0 - mean) }) / Double(squares.count - 1)
    // Equal squares (no spread) make the score a constant: a huge d with c·d = mean.
    degreesOfFreedom = variance > 0 ? min(2 * mean * mean / variance, 1e6) : 1e6
    scale = mean / degreesOfFreedom
    self.sampleSize = sampleSize
    self.referenceSize = referenceSize
  }

  /// The score that chance alone passes with the given probability, for a period of `size` rows.
  ///
  /// √(c·χ²ᵈ(1 − rate)) · √((1/n + 1/N) / (1/m − 1/N)), with χ²ᵈ(1 − rate) the quantile the
  /// chi-squared distribution passes with probability `rate`.
  ///
  /// - Parameters:
  ///   - size: The period's rows, `n`; at least 1.
  ///   - falseAlarmRate: The chance of passing the level with no change, in (0, 1).
  /// - Returns: The level.
  /// - Complexity: That of ``ChiSquaredDistribution/inverseSurvival(_:degreesOfFreedom:)``.
  public func level(size: Int, falseAlarmRate: Double) -> Double {
    let quantile = ChiSquaredDistribution.inverseSurvival(
      falseAlarmRate, degreesOfFreedom: degreesOfFreedom)
    return (scale * quantile).squareRoot() * sizeFactor(size)
  }

  /// The factor from a sample's scale to a period of `size` rows.
  func sizeFactor(_ size: Int) -> Double {
    let reference = 1 / Double(referenceSize)
    let period = 1 / Double(max(size, 1)) + reference
    let sample = 1 / Double(sampleSize) - reference
    return (period / sample).squareRoot()
  }
}
