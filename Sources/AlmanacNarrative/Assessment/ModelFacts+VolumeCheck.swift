extension ModelFacts {
  /// Whether too few predictions have a known outcome.
  ///
  /// Outcomes are short when the labelled share is below `thresholds.labelledShareWarn`. Short for up
  /// to `thresholds.labelLagPeriods` periods in a row they are late, which is normal where outcomes
  /// take weeks to arrive (green: a note that figures are estimates); short for longer they are
  /// missing (amber).
  ///
  /// - Returns: A `labels_missing` observation with `collect_labels` advice, or `nil`.
  func labelObservation() -> Observation? {
    guard predictions > 0 else { return nil }
    let warn = thresholds.labelledShareWarn
    func isShort(_ labelled: Int, _ predictions: Int) -> Bool {
      Double(labelled) < warn * Double(predictions)
    }
    guard isShort(labelled, predictions) else { return nil }
    let periods = 1 + trailingRun { $0.predictions > 0 && isShort($0.labelled, $0.predictions) }
    return Observation(
      kind: .labelsMissing, severity: periods > thresholds.labelLagPeriods ? .amber : .green,
      evidence: .labels(
        labelled: labelled, predictions: predictions, periods: periods,
        isEstimated: quality?.isEstimated ?? false, reach: estimateReach,
        inputsDrifted: drift.isDetected),
      recommendation: .collectLabels)
  }

  /// Whether predictions stopped, or moved far from their usual volume.
  ///
  /// - No predictions after earlier ones: red, a feed that stopped; check the data pipeline.
  /// - No predictions in any known period: amber; retire the model once silent for
  ///   `thresholds.retirePeriods` periods, otherwise check the data pipeline.
  /// - Volume at least `thresholds.volumeChange` above or below the usual level: amber; check the
  ///   data pipeline. Volumes are compared as daily rates over the days the logs cover, so a
  ///   period at the start or end of the logs (partial) is compared fairly: the usual rate is the
  ///   median of recent periods' rates, scaled to this period's covered days.
  ///
  /// - Returns: A `no_traffic` or `volume_change` observation, or `nil`.
  func trafficObservation() -> Observation? {
    if predictions == 0 {
      let silent = 1 + trailingRun { $0.predictions == 0 }
      if silent <= history.count {
        let lastVolume = history[history.count - silent].predictions
        return Observation(
          kind: .noTraffic, severity: .red,
          evidence: .noTraffic(lastVolume: lastVolume, silentPeriods: silent),
          recommendation: .checkDataPipeline)
      }
      return Observation(
        kind: .noTraffic, severity: .amber,
        evidence: .noTraffic(lastVolume: nil, silentPeriods: silent),
        recommendation: silent >= thresholds.retirePeriods ? .retireModel : .checkDataPipeline)
    }
    let days = coveredDays ?? periodDays
    guard
      let usualRate = usual({ period in
        period.predictions > 0
          ? Double(period.predictions) / Double(max(period.coveredDays ?? periodDays, 1)) : nil
      })
    else {
      return nil
    }
    let usual = usualRate * Double(max(days, 1))
    let change = Double(predictions) / usual - 1
    guard abs(change) >= thresholds.volumeChange else { return nil }
    return Observation(
      kind: .volumeChange, severity: .amber,
      evidence: .volume(usual: Int(usual.rounded()), current: predictions, days: coveredDays),
      recommendation: .checkDataPipeline)
  }
}
