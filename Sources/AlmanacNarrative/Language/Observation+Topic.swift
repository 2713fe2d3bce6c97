extension Observation {
  /// Kinds that tell one story share a family (sudden and gradual drift), so a headline names a
  /// second reason only from another family.
  var family: String { kind == .gradualDrift ? Finding.Kind.suddenDrift.rawValue : kind.rawValue }

  /// The pack topic whose comparison explains this observation.
  ///
  /// Quality decline is decay; drift is sudden or gradual drift; missing outcomes are estimation;
  /// silence and volume swings are what monitoring is for; a loss is return on investment, or the
  /// end of the life cycle when retiring is advised; rising unit cost is the upkeep of MLOps.
  var topic: AnalogyPack.Topic {
    switch kind {
    case .accuracyDecline: .decay
    case .suddenDrift: .suddenDrift
    case .gradualDrift: .gradualDrift
    case .labelsMissing: .estimation
    case .noTraffic, .volumeChange: .monitoring
    case .negativeValue: recommendation == .retireModel ? .lifeCycle : .roi
    case .risingCost: .mlops
    }
  }
}
