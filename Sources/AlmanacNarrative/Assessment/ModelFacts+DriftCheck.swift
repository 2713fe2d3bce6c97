extension ModelFacts {
  /// The pattern of each drifting input feature over every period on record (see `DriftPattern`),
  /// by feature name.
  public var driftPatterns: [String: DriftPattern] {
    var patterns: [String: DriftPattern] = [:]
    for feature in drift.drifting {
      let past = history.map { period in
        period.drift.isEmpty ? nil : period.drift.first { $0.name == feature.name }
      }
      patterns[feature.name] = DriftPattern.classify(
        detected: past.map { $0.map(\.isDetected) } + [true],
        psi: past.map { $0?.psi } + [feature.psi],
        buildUpShare: thresholds.driftBuildUpShare)
    }
    return patterns
  }

  /// The label of a period on record: an index into `history`, or `history.count` for this one.
  func label(at index: Int) -> String {
    index < history.count ? history[index].period : period
  }

  /// Which input features drifted, grouped by pattern: a step (`sudden_drift`), a trend
  /// (`gradual_drift`), on and off (`intermittent_drift`), or in every period on record
  /// (`data_drift`, which claims nothing about when it began).
  ///
  /// Features of one pattern make one observation. Severity, the same for all: red when the
  /// model's data drift is detected, amber when the share of drifting features reaches
  /// `thresholds.driftShareWarn`, otherwise green (a note: one input of many moved). A step advises
  /// checking the data pipeline (a step often means a changed feed or a new source of customers),
  /// as does drift that comes and goes (a feed that fails now and then, or a segment that comes and
  /// goes); a trend, or data that differ from the training data, advises retraining.
  ///
  /// - Returns: Up to four observations, in the order of `Finding.Kind.allCases`.
  func driftObservations() -> [Observation] {
    let drifting = drift.drifting
    guard !drifting.isEmpty else { return [] }
    let patterns = driftPatterns
    let share = drift.share ?? Double(drifting.count) / Double(drift.features.count)
    let severity: Status =
      drift.isDetected ? .red : share >= thresholds.driftShareWarn ? .amber : .green
    let groups: [(DriftPattern.Shape, Finding.Kind, Recommendation)] = [
      (.step, .suddenDrift, .checkDataPipeline), (.trend, .gradualDrift, .retrain),
      (.intermittent, .intermittentDrift, .checkDataPipeline), (.differs, .dataDrift, .retrain),
    ]
    return groups.compactMap { shape, kind, advice in
      let members = drifting.filter { patterns[$0.name]?.shape == shape }
      guard let periods = members.compactMap({ patterns[$0.name]?.periods }).max() else {
        return nil
      }
      let starts = members.compactMap { patterns[$0.name]?.start }
      let change = DriftChange(
        features: members.map(\.name), since: starts.min().map(label(at:)),
        periods: periods, driftingCount: drifting.count, featureCount: drift.features.count)
      return Observation(
        kind: kind, severity: severity, evidence: .drift(change), recommendation: advice)
    }
  }
}
