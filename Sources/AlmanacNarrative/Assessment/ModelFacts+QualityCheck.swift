internal import AlmanacMetrics

extension ModelFacts {
  /// Whether the headline quality figure got worse against its baseline, the previous period or the
  /// start of a run of worsenings.
  ///
  /// Each reference gives a worsening: for accuracy the drop in points (`reference - value`), for mean
  /// absolute error the relative rise (`(value - reference) / reference`), amber from the warn
  /// threshold and red from the alert threshold. The worst of these is the severity; the sentence
  /// quotes the first reference that reaches it, in the order baseline, previous period, run (so the
  /// baseline is named whenever it explains the verdict). A run counts from two worsenings in a row,
  /// so a slow slide of a point a week is caught even without a baseline. A worsening within 1e-9 of
  /// a threshold reaches it (binary rounding). A worsening counts only when the figure's 95%
  /// interval (or estimation band) lies wholly on the worse side of the reference, so a week's
  /// sampling noise is never reported as a decline. Estimated figures are judged like measured ones
  /// and say so.
  ///
  /// - Returns: An `accuracy_decline` observation with `retrain` advice, or `nil`.
  func qualityObservation() -> Observation? {
    guard let quality else { return nil }
    var references: [(QualityChange.Reference, Double)] = []
    if let baseline = quality.baseline { references.append((.baseline, baseline)) }
    let series = history.map(\.quality) + [quality.value]
    if series.count >= 2, let previous = series[series.count - 2] {
      references.append((.previous, previous))
    }
    let falls = worseningRun(series, metric: quality.metric)
    if falls >= 2, let start = series[series.count - 1 - falls] {
      references.append((.run(periods: falls), start))
    }

    let (warn, alert) =
      quality.metric == .accuracy
      ? (thresholds.accuracyDropWarn, thresholds.accuracyDropAlert)
      : (thresholds.errorRiseWarn, thresholds.errorRiseAlert)
    // Within 1e-9 of a threshold counts as reaching it: 0.86 - 0.84 is 0.0199999... in binary.
    func level(_ amount: Double) -> Status {
      amount >= alert - 1e-9 ? .red : amount >= warn - 1e-9 ? .amber : .green
    }
    let judged = references.compactMap { reference, from in
      worsening(from: from, to: quality.value, metric: quality.metric).map {
        (reference: reference, from: from, severity: isBeyondNoise(from) ? level($0) : .green)
      }
    }
    guard let severity = judged.map(\.severity).max(), severity > .green,
      let worst = judged.first(where: { $0.severity == severity })
    else { return nil }
    let change = QualityChange(
      metric: quality.metric, reference: worst.reference, from: worst.from, to: quality.value,
      low: quality.low, high: quality.high, isEstimated: quality.isEstimated)
    let lost = economics?.valueLost ?? 0
    return Observation(
      kind: .accuracyDecline, severity: severity,
      evidence: .quality(change), recommendation: .retrain, impact: lost > 0 ? -lost : nil)
  }

  /// Whether the headline figure's interval lies wholly on the worse side of a reference value; `true`
  /// when the figure has no interval.
  private func isBeyondNoise(_ reference: Double) -> Bool {
    guard let quality else { return false }
    switch quality.metric {
    case .accuracy: return quality.high.map { $0 < reference } ?? true
    case .mae: return quality.low.map { $0 > reference } ?? true
    }
  }

  /// How much worse `to` is than `from`: points for accuracy, a relative rise for error; `nil` when a
  /// relative rise is undefined (a reference error of 0).
  private func worsening(from: Double, to: Double, metric: QualityMetric) -> Double? {
    switch metric {
    case .accuracy: return from - to
    case .mae: return from > 0 ? (to - from) / from : nil
    }
  }

  /// How many periods in a row the figure got worse, ending with the last value of `series`.
  private func worseningRun(_ series: [Double?], metric: QualityMetric) -> Int {
    var falls = 0
    var index = series.count - 1
    while index >= 1, let now = series[index], let before = series[index - 1],
      (metric == .accuracy ? now < before : now > before)
    {
      falls += 1
      index -= 1
    }
    return falls
  }
}
