import AlmanacMetrics
import Foundation

/// The process behind the simulated and scripted loan classifiers: how a row's inputs, the model's
/// score and the true outcome are drawn, in a stable week or a changed one.
///
/// Inputs: three numbers (`x1` and `x2` normal, `amount` log-normal), two categories (`segment`
/// with 5 levels and `region` with 12, both skewed) and a yes/no `flag`. The true outcome is drawn
/// from a logistic law of the inputs; the model's score is that law's probability rounded to 0.01
/// (a calibrated model), its prediction the score against 0.5: accuracy about 94%, like the public
/// car-loan benchmark. The car-loan shift, `Week.shifted`, moves `x1` by 0.6 of its spread, turns
/// a fifth of the rows' segments to the last one, and makes the outcome less likely for the same
/// inputs: accuracy falls by about 3 points (94.2% to 91.0%).
enum LoanProcess {
  /// How one week differs from the stable process.
  struct Week {
    /// Added to `x1` (its spread is 1).
    var x1Shift = 0.0
    /// The share of rows whose `segment` is moved to its last level.
    var segmentMove = 0.0
    /// Multiplies `amount`.
    var amountScale = 1.0
    /// The share of rows whose `region` is moved to its first level.
    var regionMove = 0.0
    /// Subtracted from the outcome's log-odds: the same inputs default less often.
    var conceptShift = 0.0
    /// The share of `x2` cells written `nan`, and whether one is written `52 000,5` (files only).
    var nanShare = 0.0
    var unreadable = false

    /// The car-loan benchmark's one-step shift.
    static let shifted = Week(x1Shift: 0.6, segmentMove: 0.2, conceptShift: 2)
  }

  /// One row.
  struct Row {
    var x1: Double
    var x2: Double
    var amount: Double
    /// 0 to 4.
    var segment: Int
    /// 0 to 11.
    var region: Int
    var flag: Bool
    /// The model's score, rounded to 0.01.
    var score: Double
    var predicted: Bool
    var actual: Bool
  }

  /// The levels of `segment` and `region`.
  static let segments = ["a", "b", "c", "d", "e"]
  static let regions = (1...12).map { "r\($0)" }

  /// Draws one row of a week.
  static func draw(_ week: Week, _ generator: inout SplitMix64) -> Row {
    let x1 = normal(&generator) + week.x1Shift
    let x2 = normal(&generator)
    let amount = exp(0.5 * normal(&generator) + 3) * week.amountScale
    var segment = pick([0.35, 0.25, 0.2, 0.12, 0.08], &generator)
    if generator.nextUnitInterval() < week.segmentMove { segment = 4 }
    var region = pick((1...12).map { 1 / Double($0) }, &generator)
    if generator.nextUnitInterval() < week.regionMove { region = 0 }
    let flag = generator.nextUnitInterval() < 0.3
    let logit = 8 * x1 - 5 * x2 + (segment == 0 ? 0.8 : 0) + (flag ? 0.4 : 0) - 0.6
    let probability = 1 / (1 + exp(-logit))
    let truth = 1 / (1 + exp(-(logit - week.conceptShift)))
    return Row(
      x1: x1, x2: x2, amount: amount, segment: segment, region: region, flag: flag,
      score: (probability * 100).rounded() / 100, predicted: probability >= 0.5,
      actual: generator.nextUnitInterval() < truth)
  }

  /// A standard normal draw (Box-Muller, one of the pair).
  static func normal(_ generator: inout SplitMix64) -> Double {
    let u = max(generator.nextUnitInterval(), 1e-300)
    let v = generator.nextUnitInterval()
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
  }

  /// An index drawn with the given weights.
  private static func pick(_ weights: [Double], _ generator: inout SplitMix64) -> Int {
    var left = generator.nextUnitInterval() * weights.reduce(0, +)
    for (index, weight) in weights.enumerated() {
      left -= weight
      if left < 0 { return index }
    }
    return weights.count - 1
  }
}
