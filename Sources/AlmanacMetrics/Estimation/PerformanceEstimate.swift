/// Classification performance estimated from scores alone, before the labels arrive
/// (confidence-based performance estimation).
///
/// Each row's calibrated probability pᵢ (``IsotonicCalibration``) is the chance that its outcome
/// is positive, so the expected confusion matrix is TP = Σ_{predicted +} pᵢ,
/// FP = Σ_{predicted +} (1 − pᵢ), FN = Σ_{predicted −} pᵢ, TN = Σ_{predicted −} (1 − pᵢ), and each
/// metric is computed from it (accuracy = (TP + TN)/n, precision = TP/(TP + FP),
/// recall = TP/(TP + FN), F1 = 2TP/(2TP + FP + FN)).
///
/// **Band.** Each estimate carries a 95% band for the figure the labels will show once they
/// arrive. Writing A = Σ_{predicted +} yᵢ and B = Σ_{predicted −} yᵢ for the unknown outcomes,
/// every metric is a function f(A, B) and is linearised (delta method) at the expected A and B.
/// Two independent sources of error are added:
/// - the outcomes themselves, independent Bernoulli(pᵢ): Var A = Σ_{+} pᵢ(1 − pᵢ), likewise B;
/// - the calibration, fitted on finite reference data: each isotonic block's mean is a proportion
///   of its m_b reference rows with variance ȳ_b(1 − ȳ_b)/m_b, and moves every current row that
///   falls in (or is interpolated from) that block together.
/// So Var f = f_A² Var A + f_B² Var B + Σ_b (f_A k⁺_b + f_B k⁻_b)² ȳ_b(1 − ȳ_b)/m_b, where k±_b are
/// the interpolation weights of block b summed over predicted-positive/negative rows, and the band
/// is f ± 1.96·√Var clipped to [0, 1]. It assumes the calibration still holds in the current
/// period (scores may shift, the score-to-outcome relation may not): concept drift is what the
/// band cannot see, and is what comparing with the labels later reveals (``compared(with:)``).
///
/// The method is NannyML's confidence-based performance estimation (CBPE); the delta method is as
/// in Casella, G. and Berger, R. L. (2002), "Statistical Inference", §5.5.4.
public struct PerformanceEstimate: Sendable, Equatable, Codable {
  /// The number of rows estimated.
  public var count: Int
  /// The expected confusion matrix (fractional counts).
  public var expectedConfusion: ConfusionMatrix
  /// Estimated accuracy with its band; `nil` for no rows.
  public var accuracy: Estimate?
  /// Estimated precision with its band; `nil` when nothing is predicted positive.
  public var precision: Estimate?
  /// Estimated recall with its band; `nil` when no positive outcome is expected.
  public var recall: Estimate?
  /// Estimated F1 with its band; `nil` when undefined.
  public var f1: Estimate?
  /// Estimated ROC AUC with its band (``estimatedROCAUC(_:)``); `nil` when no positive or no
  /// negative outcome is expected.
  public var rocAUC: Estimate?
  /// How far ``rocAUC`` may be from the rows' estimate when it was computed from score bins
  /// (``init(calibration:edges:positive:negative:)``); `nil` when computed from rows.
  public var rocAUCBinningError: Double?

  /// Estimates one period's performance.
  ///
  /// - Parameters:
  ///   - calibration: The calibration fitted on the reference.
  ///   - scores: The period's scores (no NaN), paired with `predicted`.
  ///   - predicted: The period's predicted classes.
  /// - Precondition: Both arrays have the same length.
  /// - Complexity: O(n + g log k) for g distinct scores in the period and k distinct reference
  ///   scores.
  public init(calibration: IsotonicCalibration, scores: [Double], predicted: [Bool]) {
    precondition(
      scores.count == predicted.count,
      "scores and predicted differ in length: \(scores.count) and \(predicted.count)")
    let blockCount = calibration.blockSizes.count
    var positive = PredictedClassSums(blockCount: blockCount)
    var negative = PredictedClassSums(blockCount: blockCount)
    // Rows of equal score share one calibrated probability: each class's scores are sorted and
    // each distinct score is calibrated once, for every row that has it.
    var positiveScores: [Double] = []
    var negativeScores: [Double] = []
    for (score, isPositive) in zip(scores, predicted) {
      if isPositive { positiveScores.append(score) } else { negativeScores.append(score) }
    }
    var groups: [(row: CalibratedRow, size: Double)] = []
    for step in SortedMerge(RadixSort.sorted(positiveScores), RadixSort.sorted(negativeScores)) {
      let row = CalibratedRow(step.value, calibration)
      positive.add(row, count: step.firstTies)
      negative.add(row, count: step.secondTies)
      groups.append((row, Double(step.firstTies + step.secondTies)))
    }
    self.init(calibration: calibration, positive: positive, negative: negative, groups: groups)
  }

  /// The estimates from the sums over each predicted class and the rows grouped by calibrated
  /// score, lowest first.
  init(
    calibration: IsotonicCalibration, positive: PredictedClassSums,
    negative: PredictedClassSums, groups: [(row: CalibratedRow, size: Double)]
  ) {
    let blockCount = calibration.blockSizes.count
    let a = positive.expectedPositives.value
    let b = negative.expectedPositives.value
    let n1 = Double(positive.count)
    let n0 = Double(negative.count)
    let n = n1 + n0
    count = positive.count + negative.count
    expectedConfusion = ConfusionMatrix(
      truePositives: a, falsePositives: n1 - a, falseNegatives: b, trueNegatives: n0 - b)

    let blockVariances = zip(calibration.blockSizes, calibration.blockProbabilities).map {
      size, mean in mean * (1 - mean) / size
    }
    rocAUC = Self.estimatedROCAUC(groups, blockVariances: blockVariances)
    // The band for f(A, B) with partial derivatives (gA, gB) at the expected A and B.
    func band(_ value: Double, _ gA: Double, _ gB: Double) -> Estimate {
      var variance = CompensatedSum()
      variance.add(gA * gA * positive.outcomeVariance.value)
      variance.add(gB * gB * negative.outcomeVariance.value)
      for block in 0..<blockCount {
        let shift = gA * positive.blockWeights[block] + gB * negative.blockWeights[block]
        variance.add(shift * shift * blockVariances[block])
      }
      return .normal(value, standardError: max(0, variance.value).squareRoot(), within: 0...1)
    }
    accuracy = n > 0 ? band((a + n0 - b) / n, 1 / n, -1 / n) : nil
    precision = n1 > 0 ? band(a / n1, 1 / n1, 0) : nil
    let positives = a + b
    recall =
      positives > 0
      ? band(a / positives, b / (positives * positives), -a / (positives * positives)) : nil
    let f1Denominator = n1 + a + b
    f1 =
      f1Denominator > 0
      ? band(
        2 * a / f1Denominator, 2 * (n1 + b) / (f1Denominator * f1Denominator),
        -2 * a / (f1Denominator * f1Denominator)) : nil
  }
}

/// Running sums over the rows of one predicted class.
struct PredictedClassSums {
  /// Rows in the class.
  var count = 0
  /// Σ pᵢ: the expected number of actual positives.
  var expectedPositives = CompensatedSum()
  /// Σ pᵢ(1 − pᵢ): the variance of the number of actual positives.
  var outcomeVariance = CompensatedSum()
  /// Per calibration block, the summed interpolation weights of the rows that depend on it.
  var blockWeights: [Double]

  init(blockCount: Int) {
    blockWeights = [Double](repeating: 0, count: blockCount)
  }

  /// Adds `count` rows that share one calibrated score.
  mutating func add(_ row: CalibratedRow, count rows: Int) {
    guard rows > 0 else { return }
    let size = Double(rows)
    count += rows
    expectedPositives.add(size * row.probability)
    outcomeVariance.add(size * row.probability * (1 - row.probability))
    blockWeights[Int(row.lowerBlock)] += size * (1 - row.weight)
    blockWeights[Int(row.upperBlock)] += size * row.weight
  }
}

/// One row's calibrated probability, with the calibration blocks it depends on.
struct CalibratedRow {
  var probability: Double
  /// The interpolation weight of the upper block.
  var weight: Double
  var lowerBlock: Int32
  var upperBlock: Int32

  /// Calibrates a score.
  init(_ score: Double, _ calibration: IsotonicCalibration) {
    let (lower, weight, probability) = calibration.locate(score)
    let lowerBlock = calibration.blockOfPoint[lower]
    self.probability = probability
    self.weight = weight
    self.lowerBlock = Int32(lowerBlock)
    upperBlock = Int32(weight > 0 ? calibration.blockOfPoint[lower + 1] : lowerBlock)
  }
}
