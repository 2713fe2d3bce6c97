/// How much a quality figure moves between samples of the same data, per row.
///
/// A figure measured on `n` rows varies around its true value with a standard deviation close to
/// σ/√n: for accuracy σ = √(p(1 − p)) when rows are independent, more when they come in clusters
/// (a day of similar cases). Learning σ from samples of the reference (its chunks or random
/// samples of `m` of its `N` rows) measures the spread the data really have. A sample of `m`
/// rows of `N` varies by σ·√(1/m − 1/N), so σ is the samples' standard deviation divided by
/// that factor's √(1/m − 1/N).
public struct SamplingSpread: Sendable, Equatable {
  /// The spread per row, σ: a figure on `n` rows has a standard deviation of about σ/√n.
  public var perRow: Double

  /// Learns the spread from a figure measured on samples of the reference; fails with fewer than
  /// 10 finite values.
  ///
  /// - Parameters:
  ///   - values: The figure on each sample; non-finite values are ignored.
  ///   - sampleSize: The rows in each sample, `m`, less than `populationSize`.
  ///   - populationSize: The rows the samples were drawn from, `N`.
  /// - Complexity: O(*k*) for *k* values.
  public init?(values: [Double], sampleSize: Int, populationSize: Int) {
    let finite = values.filter(\.isFinite)
    guard finite.count >= 10, sampleSize > 0, populationSize > sampleSize else { return nil }
    let mean = CompensatedSum.of(finite) / Double(finite.count)
    let variance =
      CompensatedSum.of(finite.map { ($0 - mean) * ($0 - mean) }) / Double(finite.count - 1)
    let factor = 1 / Double(sampleSize) - 1 / Double(populationSize)
    perRow = (variance / factor).squareRoot()
  }

  /// Creates a spread from a known per-row value.
  ///
  /// - Parameter perRow: σ, not negative.
  public init(perRow: Double) {
    self.perRow = perRow
  }

  /// The standard deviation of the difference between a figure on `size` rows and a reference
  /// value: σ·√(1/n + 1/N) when the reference value was itself measured on `referenceSize` rows
  /// of the same data, σ/√n when it is a known constant.
  ///
  /// - Parameters:
  ///   - size: The rows the figure was measured on, `n`; at least 1.
  ///   - referenceSize: The rows behind the reference value, or `nil` for a constant.
  /// - Returns: The standard deviation.
  public func standardError(size: Int, referenceSize: Int? = nil) -> Double {
    let reference = referenceSize.map { 1 / Double(max($0, 1)) } ?? 0
    return perRow * (1 / Double(max(size, 1)) + reference).squareRoot()
  }
}
