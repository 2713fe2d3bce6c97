/// The judgement on one model in one period: every observation, worst first, and the verdict.
///
/// The verdict is the worst severity among the observations, green when there are none. Checks:
/// quality (`accuracy_decline`), drift (`sudden_drift`, `gradual_drift`), outcomes
/// (`labels_missing`), traffic (`no_traffic`, `volume_change`) and money (`negative_value`,
/// `rising_cost`); each documents its rule on `ModelFacts`. The same facts always give the same
/// diagnosis.
public struct Diagnosis: Sendable, Equatable {
  /// Every observation, worst first, then in the order of `Finding.Kind.allCases`.
  public var observations: [Observation]

  /// Judges a model.
  ///
  /// - Parameter facts: The model's figures in the period.
  /// - Complexity: O(*p* x *f*²) for *p* earlier periods and *f* features (drift history lookups).
  public init(_ facts: ModelFacts) {
    var found = facts.driftObservations()
    found += [
      facts.qualityObservation(), facts.labelObservation(), facts.trafficObservation(),
      facts.lossObservation(), facts.unitCostObservation(),
    ].compactMap { $0 }
    observations = found.sorted(by: Observation.listedBefore)
  }

  /// The verdict: the worst severity found, green when nothing was.
  public var status: Status { observations.map(\.severity).max() ?? .green }
}
