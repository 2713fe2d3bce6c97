internal import AlmanacMetrics
internal import Foundation

/// The demo's seeded draws: the numeric core's SplitMix64, with normal draws by Box-Muller.
///
/// The demo must write the same bytes on every machine, so it never uses the system generator.
struct DemoRandom {
  private var generator: SplitMix64

  init(seed: UInt64) { generator = SplitMix64(seed: seed) }

  /// A uniform draw in [0, 1) with 53 random bits.
  mutating func uniform() -> Double {
    Double(generator.next() >> 11) * 0x1.0p-53
  }

  /// A normal draw with the given mean and standard deviation.
  mutating func normal(mean: Double = 0, sd: Double = 1) -> Double {
    let u1 = 1 - uniform()  // in (0, 1], so the logarithm is finite
    let u2 = uniform()
    return mean + sd * (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool { uniform() < p }

  /// One of `choices`, picked with the given weights.
  mutating func pick<T>(_ choices: [(T, Double)]) -> T {
    let total = choices.reduce(0) { $0 + $1.1 }
    var target = uniform() * total
    for (choice, weight) in choices {
      target -= weight
      if target < 0 { return choice }
    }
    return choices[choices.count - 1].0
  }

  /// A Poisson draw (Knuth's method; fine for the small means of the demo).
  mutating func poisson(mean: Double) -> Int {
    let limit = exp(-mean)
    var product = uniform()
    var count = 0
    while product > limit {
      product *= uniform()
      count += 1
    }
    return count
  }
}
