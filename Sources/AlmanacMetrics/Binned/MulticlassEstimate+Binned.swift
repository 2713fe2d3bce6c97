extension MulticlassEstimate {
  /// Estimates a period from confidence bins instead of rows.
  ///
  /// With edges that include every knot of the correctness calibration, each bin lies on one
  /// straight piece of it, so each predicted class's Σp and Σ(1 − p) follow exactly from its
  /// bins' row counts and sums (as in ``PerformanceEstimate/init(calibration:edges:positive:negative:)``),
  /// and the figures equal those of the rows up to rounding; `nil` when the edges miss a knot.
  ///
  /// - Parameters:
  ///   - correctness: Confidence calibrated against correctness on the reference.
  ///   - errorShares: Where each predicted class's errors go (see ``init(correctness:errorShares:confidences:predicted:)``).
  ///   - edges: The bins' edges, strictly increasing; bin i holds (eᵢ₋₁, eᵢ].
  ///   - byClass: For each predicted class code, its rows' sums by bin.
  public init?(
    correctness: IsotonicCalibration, errorShares: [[Double]], edges: [Double],
    byClass: [[Int: ScoreBinSums]]
  ) {
    var all: [Int: ScoreBinSums] = [:]
    var truePositives = [Double](repeating: 0, count: errorShares.count)
    var wrong = [Double](repeating: 0, count: errorShares.count)
    for (code, bins) in byClass.enumerated() where code < errorShares.count {
      for (bin, sums) in bins {
        let piece = BinPiece(bin: bin, edges: edges, calibration: correctness)
        let right = piece.sums(sums).probability
        truePositives[code] += right
        wrong[code] += Double(sums.rows) - right
        var total = all[bin] ?? ScoreBinSums(rows: 0, sum: 0, squares: 0)
        total.rows += sums.rows
        total.sum += sums.sum
        total.squares += sums.squares
        all[bin] = total
      }
    }
    guard
      let every = PerformanceEstimate(
        calibration: correctness, edges: edges, positive: all, negative: [:])
    else { return nil }
    accuracy = every.precision
    macroF1 =
      all.isEmpty
      ? nil
      : Self.macroF1(truePositives: truePositives, wrong: wrong, errorShares: errorShares)
  }
}
