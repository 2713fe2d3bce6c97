/// The rows of one score bin and predicted class, summed: what an engine returns in place of the
/// rows.
public struct ScoreBinSums: Sendable, Equatable {
  /// The rows.
  public var rows: Int
  /// Σ sᵢ over their scores.
  public var sum: Double
  /// Σ sᵢ².
  public var squares: Double

  /// Creates the sums of a bin.
  ///
  /// - Parameters:
  ///   - rows: The rows.
  ///   - sum: The sum of their scores.
  ///   - squares: The sum of their squared scores.
  public init(rows: Int, sum: Double, squares: Double) {
    self.rows = rows
    self.sum = sum
    self.squares = squares
  }
}

extension IsotonicCalibration {
  /// The scores where the calibration map bends: the first and last fitted score of every block.
  ///
  /// Between two consecutive knots the map is one straight piece (flat inside a block, a line
  /// between blocks), so bins whose edges include every knot hold rows of one piece each.
  public var knots: [Double] {
    var knots: [Double] = []
    for index in scores.indices
    where index == 0 || index == scores.count - 1
      || blockOfPoint[index] != blockOfPoint[index - 1]
      || blockOfPoint[index] != blockOfPoint[index + 1]
    {
      knots.append(scores[index])
    }
    return knots
  }
}

extension PerformanceEstimate {
  /// Estimates a period's performance from score bins instead of rows; `nil` when the edges miss
  /// a knot (the sums would not be exact).
  ///
  /// With edges that include every knot of the calibration (``IsotonicCalibration/knots``), each
  /// bin lies on one straight piece p(s) = pⱼ + (pⱼ₊₁ − pⱼ)·w(s) of the map, w linear in s, so the
  /// sums Σp, Σp² and Σw follow exactly from the bin's row count, Σs and Σs²: the confusion
  /// matrix and every band equal those of the rows, up to rounding. The ROC AUC takes each bin's
  /// rows as tied at their mean probability; its error from binning is at most
  /// ``rocAUCBinningError``: ½·Σᵢ Pᵢ·Nᵢ/(P·N) with Pᵢ and Nᵢ the bin's expected positives and
  /// negatives, the share of pairs the bins cannot order.
  ///
  /// - Parameters:
  ///   - calibration: The calibration fitted on the reference.
  ///   - edges: The bins' edges, strictly increasing; bin i holds scores in (eᵢ₋₁, eᵢ].
  ///   - positive: The sums of the rows predicted positive, by bin.
  ///   - negative: The sums of the rows predicted negative, by bin.
  public init?(
    calibration: IsotonicCalibration, edges: [Double], positive: [Int: ScoreBinSums],
    negative: [Int: ScoreBinSums]
  ) {
    let edgeSet = Set(edges)
    guard calibration.knots.allSatisfy(edgeSet.contains) else { return nil }
    let blockCount = calibration.blockSizes.count
    var positiveSums = PredictedClassSums(blockCount: blockCount)
    var negativeSums = PredictedClassSums(blockCount: blockCount)
    var groups: [(row: CalibratedRow, size: Double)] = []
    for bin in Set(positive.keys).union(negative.keys).sorted() {
      let piece = BinPiece(bin: bin, edges: edges, calibration: calibration)
      let first = positive[bin].map { piece.sums($0) }
      let second = negative[bin].map { piece.sums($0) }
      if let first { positiveSums.add(first, piece) }
      if let second { negativeSums.add(second, piece) }
      let rows = Double((first?.rows ?? 0) + (second?.rows ?? 0))
      guard rows > 0 else { continue }
      let weight = ((first?.weight ?? 0) + (second?.weight ?? 0)) / rows
      // The mean of probabilities in [0, 1], kept there against rounding.
      let probability = min(
        1, max(0, ((first?.probability ?? 0) + (second?.probability ?? 0)) / rows))
      groups.append(
        (
          CalibratedRow(
            probability: probability, weight: weight, lowerBlock: piece.lowerBlock,
            upperBlock: piece.upperBlock), rows
        ))
    }
    self.init(
      calibration: calibration, positive: positiveSums, negative: negativeSums, groups: groups)
    if rocAUC != nil,
      let bounded = BinaryClassificationMetrics.rocAUC(
        positiveWeights: groups.map { $0.size * $0.row.probability },
        negativeWeights: groups.map { $0.size * (1 - $0.row.probability) })
    {
      rocAUCBinningError = max(bounded.high - bounded.value, bounded.value - bounded.low)
    }
  }
}

/// The straight piece of a calibration map under one bin: p(s) = p₀ + slope·w(s) with
/// w(s) = (s − s₀)/width.
struct BinPiece {
  var start: Double
  var width: Double
  var probability: Double
  var rise: Double
  var lowerBlock: Int32
  var upperBlock: Int32

  /// Sums over a bin's rows: Σw, Σp, Σp².
  struct Sums {
    var rows: Int
    var weight: Double
    var probability: Double
    var squares: Double
  }

  init(bin: Int, edges: [Double], calibration: IsotonicCalibration) {
    let low = bin == 0 ? -Double.infinity : edges[bin - 1]
    let high = bin == edges.count ? Double.infinity : edges[bin]
    let scores = calibration.scores
    let inside = high.isFinite && low.isFinite ? (low + high) / 2 : (low.isFinite ? low : high)
    let (lower, weight, probability) = calibration.locate(inside)
    lowerBlock = Int32(calibration.blockOfPoint[lower])
    guard weight > 0, calibration.blockOfPoint[lower + 1] != calibration.blockOfPoint[lower] else {
      // A flat piece: inside a block, or beyond the fitted range.
      start = 0
      width = 1
      self.probability = probability
      rise = 0
      upperBlock = lowerBlock
      return
    }
    start = scores[lower]
    width = scores[lower + 1] - scores[lower]
    self.probability = calibration.probabilities[lower]
    rise = calibration.probabilities[lower + 1] - calibration.probabilities[lower]
    upperBlock = Int32(calibration.blockOfPoint[lower + 1])
  }

  func sums(_ bin: ScoreBinSums) -> Sums {
    let rows = Double(bin.rows)
    guard rise != 0 || upperBlock != lowerBlock else {
      return Sums(
        rows: bin.rows, weight: 0, probability: rows * probability,
        squares: rows * probability * probability)
    }
    let weight = (bin.sum - rows * start) / width
    let weightSquares =
      (bin.squares - 2 * start * bin.sum + rows * start * start) / (width * width)
    return Sums(
      rows: bin.rows, weight: weight, probability: rows * probability + rise * weight,
      squares: rows * probability * probability + 2 * probability * rise * weight + rise * rise
        * weightSquares)
  }
}

extension PredictedClassSums {
  /// Adds a bin's rows of one straight piece of the calibration.
  mutating func add(_ sums: BinPiece.Sums, _ piece: BinPiece) {
    count += sums.rows
    expectedPositives.add(sums.probability)
    outcomeVariance.add(sums.probability - sums.squares)
    blockWeights[Int(piece.lowerBlock)] += Double(sums.rows) - sums.weight
    blockWeights[Int(piece.upperBlock)] += sums.weight
  }
}

extension CalibratedRow {
  init(probability: Double, weight: Double, lowerBlock: Int32, upperBlock: Int32) {
    self.probability = probability
    self.weight = weight
    self.lowerBlock = lowerBlock
    self.upperBlock = upperBlock
  }
}
