/// Multi-class performance estimated before the labels arrive, from the confidence a model gives
/// its predicted class.
///
/// The reference's labelled rows teach two things: how often a prediction made with a given
/// confidence is right (an ``IsotonicCalibration`` of confidence against correctness), and, when
/// a prediction of class k is wrong, which class it was (the shares of the reference's wrong
/// predictions of k). Each current row is then right with its calibrated probability pᵢ, so:
/// - accuracy = Σpᵢ/n, with the band of ``PerformanceEstimate`` (the outcomes and the
///   calibration, delta method), every row counted as a prediction to be checked;
/// - per class c, TP_c = Σ_{predicted c} pᵢ, FP_c = Σ_{predicted c} (1 − pᵢ) and
///   FN_c = Σ_{k ≠ c} share(k → c)·Σ_{predicted k} (1 − pᵢ); F1_c = 2TP_c/(2TP_c + FP_c + FN_c),
///   and macro F1 is their mean over the classes with a non-zero denominator, as
///   ``MulticlassMetrics`` measures it. Macro F1 carries no band.
///
/// It assumes what the reference showed still holds: how right a confidence is, and where the
/// errors of each class go.
public struct MulticlassEstimate: Sendable, Equatable {
  /// Estimated accuracy with its band; `nil` for no rows.
  public var accuracy: Estimate?
  /// Estimated macro-averaged F1, without a band; `nil` for no rows.
  public var macroF1: Estimate?

  /// Estimates one period.
  ///
  /// - Parameters:
  ///   - correctness: Confidence calibrated against correctness on the reference.
  ///   - errorShares: For each predicted class k, the share of each actual class among the
  ///     reference's wrong predictions of k (`errorShares[k][c]`, rows summing to 1, or all zero
  ///     when the reference never got k wrong).
  ///   - confidences: The period's confidences, paired with `predicted`.
  ///   - predicted: The period's predicted class codes, `0..<errorShares.count`.
  /// - Precondition: Both arrays have the same length; every code indexes `errorShares`.
  public init(
    correctness: IsotonicCalibration, errorShares: [[Double]], confidences: [Double],
    predicted: [Int]
  ) {
    precondition(
      confidences.count == predicted.count,
      "confidences and predicted differ in length: \(confidences.count) and \(predicted.count)")
    accuracy =
      PerformanceEstimate(
        calibration: correctness, scores: confidences,
        predicted: [Bool](repeating: true, count: confidences.count)
      ).precision
    var truePositives = [CompensatedSum](repeating: CompensatedSum(), count: errorShares.count)
    var wrong = [CompensatedSum](repeating: CompensatedSum(), count: errorShares.count)
    for (confidence, code) in zip(confidences, predicted) {
      let right = correctness.probability(forScore: confidence)
      truePositives[code].add(right)
      wrong[code].add(1 - right)
    }
    macroF1 =
      confidences.isEmpty
      ? nil
      : Self.macroF1(
        truePositives: truePositives.map(\.value), wrong: wrong.map(\.value),
        errorShares: errorShares)
  }

  /// Macro F1 from each predicted class's expected right (Σp) and wrong (Σ(1 − p)) rows.
  static func macroF1(truePositives: [Double], wrong: [Double], errorShares: [[Double]])
    -> Estimate?
  {
    let classes = errorShares.count
    var sum = CompensatedSum()
    var counted = 0
    for label in 0..<classes {
      var falseNegatives = CompensatedSum()
      for other in 0..<classes where other != label {
        falseNegatives.add(errorShares[other][label] * wrong[other])
      }
      let denominator = 2 * truePositives[label] + wrong[label] + falseNegatives.value
      guard denominator > 0 else { continue }
      sum.add(2 * truePositives[label] / denominator)
      counted += 1
    }
    return counted > 0 ? Estimate(sum.value / Double(counted)) : nil
  }
}
