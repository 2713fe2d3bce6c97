import AlmanacMetrics

/// Draws for generated test portfolios from the numeric core's seeded generator, so a failing
/// generated case replays from the seed printed with it.
extension SplitMix64 {
  /// A uniform draw in `range`.
  mutating func uniform(_ range: ClosedRange<Double>) -> Double {
    Double.random(in: range, using: &self)
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool { uniform(0...1) < p }

  /// A uniform whole number in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
}
