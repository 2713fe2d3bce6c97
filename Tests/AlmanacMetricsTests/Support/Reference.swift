import AlmanacMetrics
import Foundation
import Testing

/// Loads a fixture written by `scripts/reference/generate.py`.
///
/// JSON has no NaN or infinity, so the script writes them as the strings "nan", "inf" and "-inf".
func loadReference<Case: Decodable>(_ name: String, as type: Case.Type) throws -> [Case] {
  let url = try #require(
    Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Reference"),
    "missing fixture \(name).json; run scripts/reference/generate.sh")
  let decoder = JSONDecoder()
  decoder.nonConformingFloatDecodingStrategy = .convertFromString(
    positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
  return try decoder.decode(ReferenceDocument<Case>.self, from: Data(contentsOf: url)).cases
}

/// A fixture file: the library versions and the cases.
private struct ReferenceDocument<Case: Decodable>: Decodable {
  var versions: [String: String]
  var cases: [Case]
}

/// Input values, either literal or described by a generator that `generate.py` replays identically.
///
/// Generators use only `SplitMix64` and IEEE arithmetic (no library functions), so both languages
/// produce the same bits.
struct InputSpec: Codable, Sendable {
  var values: [Double]?
  var kind: String?
  var n: Int?
  var seed: UInt64?
  var scale: Double?
  var shift: Double?
  var levels: Double?
  var nanEvery: Int?
  var infEvery: Int?

  enum CodingKeys: String, CodingKey {
    case values, kind, n, seed, scale, shift, levels
    case nanEvery = "nan_every"
    case infEvery = "inf_every"
  }

  /// The values this spec describes.
  func draw() -> [Double] {
    if let values { return values }
    var generator = SplitMix64(seed: seed ?? 0)
    let count = n ?? 0
    let scale = scale ?? 1
    let shift = shift ?? 0
    var out: [Double] = []
    out.reserveCapacity(count)
    for _ in 0..<count {
      let x: Double
      switch kind {
      case "uniform":
        x = generator.nextUnitInterval()
      case "normalish":
        x = Self.normalish(&generator)
      case "pareto":
        x = 1 / (1 - generator.nextUnitInterval())
      case "cauchyish":
        let a = Self.normalish(&generator)
        let b = Self.normalish(&generator)
        x = a / b
      case "levels":
        x = (generator.nextUnitInterval() * (levels ?? 1)).rounded(.down)
      default:
        x = 0
      }
      out.append(x * scale + shift)
    }
    for (every, special) in [(nanEvery, Double.nan), (infEvery, Double.infinity)] {
      if let every {
        for index in stride(from: 0, to: count, by: every) { out[index] = special }
      }
    }
    return out
  }

  /// The sum of four uniforms minus 2, added left to right as Python does.
  private static func normalish(_ generator: inout SplitMix64) -> Double {
    let a = generator.nextUnitInterval()
    let b = generator.nextUnitInterval()
    let c = generator.nextUnitInterval()
    let d = generator.nextUnitInterval()
    return a + b + c + d - 2
  }
}

/// Rows for classification and calibration cases (the twin of `classification_rows` in Python).
struct ClassificationRowsSpec: Codable, Sendable {
  var n: Int
  var seed: UInt64
  var prevalence: Double
  var ties: Double?

  func draw() -> (actual: [Bool], scores: [Double]) {
    var generator = SplitMix64(seed: seed)
    var actual: [Bool] = []
    var scores: [Double] = []
    for _ in 0..<n {
      let positive = generator.nextUnitInterval() < prevalence
      let u = generator.nextUnitInterval()
      var score = positive ? u * 0.7 + 0.3 : u * 0.7
      if let ties { score = (score * ties).rounded(.down) / ties }
      actual.append(positive)
      scores.append(score)
    }
    return (actual, scores)
  }
}

/// Checks |actual − expected| ≤ relative·|expected| + absolute; both `nil` also passes.
///
/// NaN matches NaN and infinities must match exactly.
func expectClose(
  _ actual: Double?, _ expected: Double?, relative: Double = 1e-9, absolute: Double = 0,
  _ label: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let actual, let expected else {
    #expect(
      actual == nil && expected == nil,
      "\(label()): got \(String(describing: actual)), expected \(String(describing: expected))",
      sourceLocation: sourceLocation)
    return
  }
  if expected.isNaN || !expected.isFinite {
    #expect(
      actual.isNaN == expected.isNaN && (expected.isNaN || actual == expected),
      "\(label()): got \(actual), expected \(expected)", sourceLocation: sourceLocation)
    return
  }
  let tolerance = relative * abs(expected) + absolute
  #expect(
    abs(actual - expected) <= tolerance,
    "\(label()): got \(actual), expected \(expected) (difference \(abs(actual - expected)), tolerance \(tolerance))",
    sourceLocation: sourceLocation)
}

/// Checks an estimate's value and bounds against [value, low, high] (an absent interval as nil).
func expectClose(
  _ actual: Estimate?, _ expected: [Double?]?, relative: Double = 1e-9, absolute: Double = 0,
  _ label: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let expected else {
    #expect(actual == nil, "\(label()): expected no estimate", sourceLocation: sourceLocation)
    return
  }
  expectClose(
    actual?.value, expected[0], relative: relative, absolute: absolute, "\(label()) value",
    sourceLocation: sourceLocation)
  expectClose(
    actual?.low, expected[1], relative: relative, absolute: absolute, "\(label()) low",
    sourceLocation: sourceLocation)
  expectClose(
    actual?.high, expected[2], relative: relative, absolute: absolute, "\(label()) high",
    sourceLocation: sourceLocation)
}
