internal import AlmanacMetrics

extension ModelFacts {
  /// Whether the headline quality figure has declined beyond what chance explains, and since when.
  ///
  /// The figure is compared with its baseline (config, registry or reference, see `Baseline`), or,
  /// without one, with the model's usual level: the median of its last `2 x usualPeriods` figures.
  /// The worsening is the drop in points for accuracy (`reference - value`) and the relative rise
  /// for mean absolute error (`(value - reference) / reference`). Its noise is the standard
  /// deviation chance gives the difference: σ·√(1/n + 1/N), with σ the spread per row learned
  /// from the reference (`QualityFacts.spread`) or, without it, from the model's own history
  /// (robustly, from the median deviation of its figures), `n` the period's rows and `N` the rows
  /// behind a baseline measured on the reference; with neither spread, the figure's own 95%
  /// interval gives it.
  ///
  /// A period **starts** a decline when the worsening reaches `thresholds.accuracyDropWarn` (or
  /// `errorRiseWarn`) and lies at least `thresholds.qualityNoiseSigmas` (3) standard deviations
  /// beyond the reference: a stable model does that about once in 740 periods, whatever its
  /// size. A decline **goes on** through periods whose worsening is at least half that and at
  /// least `thresholds.qualityHoldSigmas` (2) standard deviations, so a real decline is reported in
  /// every period it lasts rather than dropping out in a slightly better week. The decline is dated
  /// from the first period of that unbroken stretch that started one; periods without a figure
  /// neither break nor end it. Severity: red from `accuracyDropAlert` (or `errorRiseAlert`),
  /// amber below; a worsening within 1e-9 of a threshold reaches it (binary rounding).
  ///
  /// Example: a reference accuracy of 94.4% on 50,000 rows, σ = 0.23; a week of 1,150 labelled
  /// rows has a noise of 0.23·√(1/1150 + 1/50000) = 0.69 points, so a decline starts at 2.1 points
  /// (three noises, above the 2-point threshold) and goes on while accuracy stays 1.4 points below.
  ///
  /// - Returns: An `accuracy_decline` observation with `retrain` advice, or `nil`.
  func qualityObservation() -> Observation? {
    guard let quality, let comparison = qualityComparison() else { return nil }
    let judge = { (reading: QualityReading) in self.step(reading, against: comparison) }
    let now = judge(quality.reading)
    guard now.level != .clear else { return nil }
    // The unbroken stretch of declining periods ending now, newest first.
    var stretch: [(index: Int, level: DeclineLevel)] = [(history.count, now.level)]
    for index in history.indices.reversed() {
      guard let reading = history[index].quality else { continue }
      let level = judge(reading).level
      guard level != .clear else { break }
      stretch.append((index, level))
    }
    while let oldest = stretch.last, oldest.level == .holds { stretch.removeLast() }
    guard let start = stretch.last else { return nil }

    let alert =
      quality.metric == .accuracy ? thresholds.accuracyDropAlert : thresholds.errorRiseAlert
    let change = QualityChange(
      metric: quality.metric, reference: comparison.reference, from: comparison.value,
      to: quality.value, low: quality.low, high: quality.high, isEstimated: quality.isEstimated,
      since: label(at: start.index), periods: history.count - start.index + 1)
    let lost = economics?.valueLost ?? 0
    return Observation(
      kind: .accuracyDecline, severity: now.worsening >= alert - 1e-9 ? .red : .amber,
      evidence: .quality(change), recommendation: .retrain, impact: lost > 0 ? -lost : nil)
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
  func step(_ reading: QualityReading, against comparison: QualityComparison) -> (
    worsening: Double, level: DeclineLevel
  ) {
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
    let noise: Double? =
      if let spread = comparison.spread {
        SamplingSpread(perRow: spread).standardError(
          size: reading.size, referenceSize: comparison.size)
      } else if let low = reading.low, let high = reading.high {
        (high - low) / (2 * StandardNormal.quantile975)
      } else { nil }
    let sigmas = noise.map { $0 > 0 ? difference / $0 : .infinity } ?? .infinity
    if worsening >= warn - 1e-9 && sigmas >= thresholds.qualityNoiseSigmas {
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
