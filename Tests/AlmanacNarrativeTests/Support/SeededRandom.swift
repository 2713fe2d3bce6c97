/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so a failing
/// generated case replays from the seed printed with it.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

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
