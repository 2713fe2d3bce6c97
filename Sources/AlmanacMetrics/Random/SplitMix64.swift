/// A small, fast, seeded pseudo-random generator (SplitMix64).
///
/// The numeric core itself draws no random numbers; this generator is what callers pass wherever a
/// seeded source is needed (synthetic data in tests, benchmarks and demos), so that every run
/// replays. Each step adds the golden-ratio increment 0x9E3779B97F4A7C15 to a 64-bit state and
/// mixes it (Steele, Lea and Flood, 2014, "Fast splittable pseudorandom number generators",
/// OOPSLA). The reference script in `scripts/reference/` implements the same steps, so both sides
/// produce identical inputs from a seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator whose sequence is fixed by `seed`.
  ///
  /// - Parameter seed: Any 64-bit value.
  public init(seed: UInt64) {
    state = seed
  }

  /// Returns the next 64 random bits.
  ///
  /// - Returns: A uniformly distributed 64-bit value.
  /// - Complexity: O(1).
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Returns a uniform value in [0, 1) with 53 random bits: (next() >> 11) · 2⁻⁵³.
  ///
  /// Exact and platform-independent (no rounding), unlike `Double.random(in:using:)`, whose
  /// mapping is an implementation detail of the standard library.
  ///
  /// - Returns: A multiple of 2⁻⁵³ in [0, 1).
  public mutating func nextUnitInterval() -> Double {
    Double(next() >> 11) * 0x1p-53
  }
}
