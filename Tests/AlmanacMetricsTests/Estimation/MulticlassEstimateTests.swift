import AlmanacMetrics
import RealModule
import Testing

/// A three-class model whose confidence is miscalibrated: estimated accuracy and macro F1 against
/// the labels of seeded periods drawn like the reference.
@Suite struct MulticlassEstimateTests {
  /// Rows of a model that predicts its most likely class with confidence c, right with chance c²
  /// (overconfident), and whose errors go to the next class twice as often as to the other.
  static func rows(count: Int, lean: Double, generator: inout SplitMix64)
    -> (confidences: [Double], predicted: [Int], actual: [Int])
  {
    var rows: (confidences: [Double], predicted: [Int], actual: [Int]) = ([], [], [])
    for _ in 0..<count {
      let confidence = 0.4 + 0.6 * Double.pow(generator.nextUnitInterval(), lean)
      let predicted = Int(generator.nextUnitInterval() * 3) % 3
      let actual: Int
      if generator.nextUnitInterval() < confidence * confidence {
        actual = predicted
      } else {
        actual = (predicted + (generator.nextUnitInterval() < 2.0 / 3 ? 1 : 2)) % 3
      }
      rows.confidences.append(confidence)
      rows.predicted.append(predicted)
      rows.actual.append(actual)
    }
    return rows
  }

  @Test func estimatesFollowTheLabelsUnderShift() throws {
    var generator = SplitMix64(seed: 3_003)
    let reference = Self.rows(count: 6_000, lean: 1, generator: &generator)
    let correctness = try #require(
      IsotonicCalibration(
        scores: reference.confidences,
        actual: zip(reference.predicted, reference.actual).map { $0 == $1 }))
    var shares = [[Double]](repeating: [0, 0, 0], count: 3)
    for (guess, truth) in zip(reference.predicted, reference.actual) where guess != truth {
      shares[guess][truth] += 1
    }
    shares = shares.map { row in
      let total = row.reduce(0, +)
      return total > 0 ? row.map { $0 / total } : row
    }
    var covered = 0
    var f1Errors: [Double] = []
    let trials = 200
    for trial in 0..<trials {
      let current = Self.rows(
        count: 1_000, lean: trial % 2 == 0 ? 0.6 : 1.5, generator: &generator)
      let estimate = MulticlassEstimate(
        correctness: correctness, errorShares: shares, confidences: current.confidences,
        predicted: current.predicted)
      let truth = MulticlassMetrics(
        actual: current.actual.map(Int32.init), predicted: current.predicted.map(Int32.init))
      let accuracy = try #require(estimate.accuracy)
      let realized = try #require(truth.accuracy?.value)
      if let low = accuracy.low, let high = accuracy.high, low <= realized, realized <= high {
        covered += 1
      }
      f1Errors.append(abs(try #require(estimate.macroF1?.value) - (truth.macroF1 ?? .nan)))
    }
    #expect(Double(covered) >= 0.93 * Double(trials), "accuracy covered in \(covered) of \(trials)")
    let meanError = f1Errors.reduce(0, +) / Double(f1Errors.count)
    #expect(meanError < 0.015, "macro F1 off by \(meanError) on average")
  }
}
