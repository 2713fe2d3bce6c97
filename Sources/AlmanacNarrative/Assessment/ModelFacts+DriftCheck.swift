extension ModelFacts {
  /// Which input features drifted, told apart as sudden or gradual (see `DriftPattern`).
  ///
  /// Features of one pattern make one observation. Severity, the same for both: red when the model's
  /// data drift is detected, amber when the share of drifting features reaches
  /// `thresholds.driftShareWarn`, otherwise green (a note: one input of many moved). Sudden drift
  /// advises checking the data pipeline (a step often means a changed feed or a new source of
  /// customers); gradual drift advises retraining (the world is moving away from the training data).
  ///
  /// - Returns: Up to two observations, sudden first.
  func driftObservations() -> [Observation] {
    let drifting = drift.drifting
    guard !drifting.isEmpty else { return [] }
    var sudden: [(name: String, periods: Int)] = []
    var gradual: [(name: String, periods: Int)] = []
    for feature in drifting {
      let past = history.map { period in period.drift.first { $0.name == feature.name } }
      let pattern = DriftPattern.classify(
        detected: past.map { $0?.isDetected ?? false } + [true],
        psi: past.map { $0?.psi } + [feature.psi],
        buildUpShare: thresholds.driftBuildUpShare)
      switch pattern {
      case .sudden(let periodsAgo): sudden.append((feature.name, periodsAgo))
      case .gradual(let periods): gradual.append((feature.name, periods))
      case nil: continue
      }
    }

    let share = drift.share ?? Double(drifting.count) / Double(drift.features.count)
    let severity: Status =
      drift.isDetected ? .red : share >= thresholds.driftShareWarn ? .amber : .green
    func observation(
      _ kind: Finding.Kind, _ group: [(name: String, periods: Int)], _ advice: Recommendation
    ) -> Observation? {
      guard let periods = group.map(\.periods).max() else { return nil }
      let change = DriftChange(
        features: group.map(\.name), periods: periods, driftingCount: drifting.count,
        featureCount: drift.features.count)
      return Observation(
        kind: kind, severity: severity, evidence: .drift(change), recommendation: advice)
    }
    return [
      observation(.suddenDrift, sudden, .checkDataPipeline),
      observation(.gradualDrift, gradual, .retrain),
    ].compactMap { $0 }
  }
}
