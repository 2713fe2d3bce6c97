import AlmanacMetrics
import Testing

/// A seeded sample: `count` values of one shape, times `scale`, plus `shift`.
struct Draw: Sendable, CustomStringConvertible {
  enum Shape: String, Sendable {
    /// Uniform on [0, 1).
    case uniform
    /// The sum of four uniforms minus 2 (Irwin-Hall, near normal with σ ≈ 0.58).
    case normal
    /// Pareto with index 1: 1/(1 − u), heavy right tail.
    case pareto
    /// The ratio of two near-normals, heavy tails on both sides.
    case cauchy
    /// Integers 0…levels − 1, heavily tied.
    case levels
  }

  var shape: Shape
  var count: Int
  var seed: UInt64
  var scale = 1.0
  var shift = 0.0
  var levels = 6.0

  var description: String {
    "\(shape.rawValue)(n \(count), seed \(seed), ×\(scale) +\(shift))"
  }

  /// The values this draw describes.
  func values() -> [Double] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      let x: Double
      switch shape {
      case .uniform: x = generator.nextUnitInterval()
      case .normal: x = Self.normal(&generator)
      case .pareto: x = 1 / (1 - generator.nextUnitInterval())
      case .cauchy: x = Self.normal(&generator) / Self.normal(&generator)
      case .levels: x = (generator.nextUnitInterval() * levels).rounded(.down)
      }
      return x * scale + shift
    }
  }

  private static func normal(_ generator: inout SplitMix64) -> Double {
    (0..<4).reduce(-2.0) { sum, _ in sum + generator.nextUnitInterval() }
  }
}

/// A reference and a current sample compared over `edgeCount` quantile edges of the reference.
struct BinnedDriftCase: Sendable, CustomTestStringConvertible {
  var name: String
  var reference: Draw
  var current: Draw
  var edgeCount: Int

  var testDescription: String { "\(name), \(edgeCount) edges: \(reference) vs \(current)" }

  /// Every scenario for every edge count and a few seeds.
  static let all: [BinnedDriftCase] = {
    var cases: [BinnedDriftCase] = []
    for edgeCount in [10, 50, 200] {
      for seed: UInt64 in [1, 2, 3] {
        let s = seed * 1_000 + UInt64(edgeCount)
        let scenarios: [(String, Draw, Draw)] = [
          (
            "same", Draw(shape: .normal, count: 2_000, seed: s),
            Draw(shape: .normal, count: 1_500, seed: s + 1)
          ),
          (
            "shifted", Draw(shape: .normal, count: 2_000, seed: s),
            Draw(shape: .normal, count: 2_500, seed: s + 1, shift: 0.3)
          ),
          (
            "scaled", Draw(shape: .normal, count: 1_000, seed: s),
            Draw(shape: .normal, count: 1_200, seed: s + 1, scale: 2)
          ),
          (
            "ties", Draw(shape: .levels, count: 1_500, seed: s),
            Draw(shape: .levels, count: 900, seed: s + 1, levels: 8)
          ),
          (
            "pareto", Draw(shape: .pareto, count: 2_000, seed: s),
            Draw(shape: .pareto, count: 1_000, seed: s + 1, scale: 1.5)
          ),
          (
            "cauchy", Draw(shape: .cauchy, count: 1_000, seed: s),
            Draw(shape: .cauchy, count: 1_100, seed: s + 1, shift: 0.5)
          ),
          (
            "beyond range", Draw(shape: .uniform, count: 800, seed: s),
            Draw(shape: .normal, count: 700, seed: s + 1, scale: 2, shift: 0.5)
          ),
          (
            "above maximum", Draw(shape: .uniform, count: 500, seed: s),
            Draw(shape: .uniform, count: 400, seed: s + 1, shift: 3)
          ),
          (
            "tiny", Draw(shape: .normal, count: 5, seed: s),
            Draw(shape: .normal, count: 3, seed: s + 1)
          ),
          (
            "uniform vs normal", Draw(shape: .uniform, count: 3_000, seed: s),
            Draw(shape: .normal, count: 2_000, seed: s + 1, shift: 0.5)
          ),
          (
            "large", Draw(shape: .normal, count: 10_000, seed: s),
            Draw(shape: .normal, count: 10_000, seed: s + 1, shift: 0.05)
          ),
          (
            "large asymptotic", Draw(shape: .normal, count: 12_000, seed: s),
            Draw(shape: .normal, count: 8_000, seed: s + 1, scale: 1.1)
          ),
        ]
        for (name, reference, current) in scenarios {
          cases.append(
            BinnedDriftCase(
              name: name, reference: reference, current: current, edgeCount: edgeCount))
        }
      }
    }
    return cases
  }()
}

/// Checks low − slack ≤ exact ≤ high + slack and low ≤ value ≤ high.
func expectContains(
  _ figure: BoundedFigure, _ exact: Double, slack: Double = 1e-12,
  _ label: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    figure.low - slack <= exact && exact <= figure.high + slack,
    "\(label()): exact \(exact) outside [\(figure.low), \(figure.high)]",
    sourceLocation: sourceLocation)
  #expect(
    figure.low <= figure.value && figure.value <= figure.high,
    "\(label()): value \(figure.value) outside [\(figure.low), \(figure.high)]",
    sourceLocation: sourceLocation)
}
