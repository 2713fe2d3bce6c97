internal import AlmanacMetrics

extension ModelFacts {
  /// Whether the headline quality figure has declined beyond what chance explains, and since when.
  ///
  /// The figure is compared with its baseline (config, registry or reference, see `Baseline`), or,
  /// without one, with the model's usual level: the median of its last `2 x usualPeriods` figures.
  /// The worsening is the drop in points for accuracy (`reference - value`) and the relative rise
  /// for mean absolute error (`(value - reference) / reference`). Its noise is the standard
  /// deviation chance gives the difference: σ·√(1/n + 1/N), with σ the larger of the spread per
  /// row learned from the reference (`QualityFacts.spread`, or without it from the model's own
  /// history, robustly, from the median deviation of its figures) and the one the period's own 95%
  /// interval implies; `n` is the period's rows and `N` the rows behind a baseline measured on the
  /// reference.
  ///
  /// A period **starts** a decline when the worsening reaches `thresholds.accuracyDropWarn` (or
  /// `errorRiseWarn`) and lies at least `thresholds.qualityNoiseSigmas` (3) standard deviations
  /// beyond the reference: a stable model does that about once in 740 periods, whatever its size.
  /// When some input drifted beyond its noise in the same period, the two signals corroborate each
  /// other, and `thresholds.qualityHoldSigmas` (2) standard deviations start it: chance alone
  /// moves both at once about once in 4,000 periods (1% for the inputs, 2.3% for the figure).
  /// A decline **goes on** through a period whose worsening is at least half that and at least
  /// `thresholds.qualityHoldSigmas` (2) standard deviations; or, when the period alone falls short
  /// but is still worse than the reference, whose figure pooled with the previous period's (rows
  /// added) does. So a real decline is reported in every period it lasts, not only in its worse
  /// weeks, while a period back at the reference ends it. The periods are read oldest first over
  /// every period on record; periods without a figure neither break nor end a decline, which is
  /// dated from the period that started it. Severity: red when the judged worsening reaches
  /// `accuracyDropAlert` (or `errorRiseAlert`), amber below; within 1e-9 of a threshold reaches it
  /// (binary rounding).
  ///
  /// Example: a reference accuracy of 94.4% on 50,000 rows, σ = 0.23; a week of 1,150 labelled
  /// rows has a noise of 0.23·√(1/1150 + 1/50000) = 0.69 points, so a decline starts at 2.1 points
  /// (three noises, above the 2-point threshold) and goes on while accuracy stays 1.4 points below;
  /// a week only 0.8 points below goes on too when, with the week before at 3.7 points below, the
  /// two weeks together are 2.2 points below (4.5 noises on 2,300 rows).
  ///
  /// - Returns: An `accuracy_decline` observation with `retrain` advice, or `nil`.
  func qualityObservation() -> Observation? {
    guard let quality, let comparison = qualityComparison() else { return nil }
    let readings = history.map(\.quality) + [quality.reading]
    let drifted = history.map { $0.drift.contains(where: \.isDetected) } + [!drift.drifting.isEmpty]
    var start: Int?
    var judged: (reading: QualityReading, worsening: Double, pooled: Bool)?
    var previous: QualityReading?
    for (index, reading) in readings.enumerated() {
      guard let reading else { continue }
      defer { previous = reading }
      let alone = step(reading, against: comparison, corroborated: drifted[index])
      if alone.level == .starts || (start != nil && alone.level == .holds) {
        start = start ?? index
        judged = (reading, alone.worsening, false)
        continue
      }
      if start != nil, alone.worsening > 0, let previous {
        let pool = Self.pooled(previous, reading)
        let together = step(pool, against: comparison)
        if together.level != .clear {
          judged = (pool, together.worsening, true)
          continue
        }
      }
      start = nil
    }
    guard let start, let judged else { return nil }

    let alert =
      quality.metric == .accuracy ? thresholds.accuracyDropAlert : thresholds.errorRiseAlert
    let change = QualityChange(
      metric: quality.metric, reference: comparison.reference, from: comparison.value,
      to: quality.value, low: quality.low, high: quality.high, isEstimated: quality.isEstimated,
      since: label(at: start), periods: history.count - start + 1,
      pooled: judged.pooled ? judged.reading.value : nil)
    let lost = economics?.valueLost ?? 0
    return Observation(
      kind: .accuracyDecline, severity: judged.worsening >= alert - 1e-9 ? .red : .amber,
      evidence: .quality(change), recommendation: .retrain, impact: lost > 0 ? -lost : nil)
  }

  /// Two periods' figures as one: the mean weighted by rows, on the rows of both, with an
  /// interval from both intervals when they have them (standard errors combined by the same
  /// weights).
  static func pooled(_ first: QualityReading, _ second: QualityReading) -> QualityReading {
    let rows = Double(first.size + second.size)
    let value = (first.value * Double(first.size) + second.value * Double(second.size)) / rows
    var pool = QualityReading(
      value: value, isEstimated: first.isEstimated || second.isEstimated,
      size: first.size + second.size)
    if let low1 = first.low, let high1 = first.high, let low2 = second.low, let high2 = second.high
    {
      let z = StandardNormal.quantile975
      let weighted1 = Double(first.size) * (high1 - low1) / (2 * z)
      let weighted2 = Double(second.size) * (high2 - low2) / (2 * z)
      let error = (weighted1 * weighted1 + weighted2 * weighted2).squareRoot() / rows
      pool.low = value - z * error
      pool.high = value + z * error
    }
    return pool
  }

  /// What a period's figure is compared with.
  struct QualityComparison {
    var value: Double
    var reference: QualityChange.Reference
    /// The rows behind a baseline measured on the reference, whose own noise then counts.
    var size: Int?
    /// The spread per row, when known.
    var spread: Double?
  }

  /// How a period's figure stands against the comparison.
  enum DeclineLevel { case clear, holds, starts }

  /// The baseline, or the usual level of the model's recent figures, with the spread per row.
  func qualityComparison() -> QualityComparison? {
    guard let quality else { return nil }
    let earlier = history.compactMap(\.quality)
    let spread = quality.spread ?? Self.spread(of: earlier)
    if let baseline = quality.baseline {
      return QualityComparison(
        value: baseline.value, reference: .baseline(baseline.source), size: baseline.size,
        spread: spread)
    }
    let recent = earlier.suffix(2 * max(thresholds.usualPeriods, 1)).map(\.value).sorted()
    guard !recent.isEmpty else { return nil }
    let middle = recent.count / 2
    let median =
      recent.count % 2 == 1 ? recent[middle] : (recent[middle - 1] + recent[middle]) / 2
    return QualityComparison(
      value: median, reference: .usual(periods: recent.count), size: nil, spread: spread)
  }

  /// The worsening of a figure and whether it starts or continues a decline.
  func step(
    _ reading: QualityReading, against comparison: QualityComparison, corroborated: Bool = false
  ) -> (worsening: Double, level: DeclineLevel) {
    let isAccuracy = (quality?.metric ?? .accuracy) == .accuracy
    let difference =
      isAccuracy ? comparison.value - reading.value : reading.value - comparison.value
    guard difference > 0 else { return (0, .clear) }
    let worsening: Double
    if isAccuracy {
      worsening = difference
    } else {
      guard comparison.value > 0 else { return (0, .clear) }
      worsening = difference / comparison.value
    }
    let warn = isAccuracy ? thresholds.accuracyDropWarn : thresholds.errorRiseWarn
    // The period's own spread per row, from its interval; the larger of it and the learned one
    // counts, so a reference that happens to score high (and so to vary little) does not make
    // an ordinary week look like a decline.
    let own = reading.low.flatMap { low in
      reading.high.map { high in
        (high - low) / (2 * StandardNormal.quantile975) * Double(max(reading.size, 1)).squareRoot()
      }
    }
    let perRow = [comparison.spread, own].compactMap { $0 }.max()
    let noise = perRow.map {
      SamplingSpread(perRow: $0).standardError(size: reading.size, referenceSize: comparison.size)
    }
    let sigmas = noise.map { $0 > 0 ? difference / $0 : .infinity } ?? .infinity
    let onset = corroborated ? thresholds.qualityHoldSigmas : thresholds.qualityNoiseSigmas
    if worsening >= warn - 1e-9 && sigmas >= onset {
      return (worsening, .starts)
    }
    if worsening >= warn / 2 - 1e-9 && sigmas >= thresholds.qualityHoldSigmas {
      return (worsening, .holds)
    }
    return (worsening, .clear)
  }

  /// The spread per row from a model's own figures, robust to a decline among them: the median of
  /// |value − median|·√rows, scaled by 1.4826 (a normal's standard deviation over its median
  /// absolute deviation); `nil` with fewer than eight figures, too few for the median to ignore a
  /// decline among them.
  static func spread(of readings: [QualityReading]) -> Double? {
    guard readings.count >= 8 else { return nil }
    let values = readings.map(\.value).sorted()
    let centre = values[values.count / 2]
    let scaled = readings.map { abs($0.value - centre) * Double(max($0.size, 1)).squareRoot() }
      .sorted()
    let spread = 1.4826 * scaled[scaled.count / 2]
    return spread > 0 ? spread : nil
  }
}
