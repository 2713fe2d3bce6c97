extension Observation {
  /// Kinds that tell one story share a family (every kind of drift), so a headline names a second
  /// reason only from another family.
  var family: String { evidence.isDrift ? "drift" : kind.rawValue }

  /// The pack comparison that explains what this observation means.
  ///
  /// Quality decline is decay; a step is sudden drift and a trend gradual drift; drift that comes
  /// and goes is what monitoring is for (found the day it happens); data that differ from the
  /// training data with no date is the glossary's data drift; missing outcomes are estimation;
  /// silence and volume swings are monitoring; a loss is return on investment, or the end of the
  /// life cycle when retiring is advised; rising unit cost is the upkeep of MLOps.
  ///
  /// - Parameter pack: The analogy pack.
  /// - Returns: The comparison.
  func meaning(in pack: AnalogyPack) -> String {
    switch kind {
    case .accuracyDecline: pack.analogy(for: .decay)
    case .suddenDrift: pack.analogy(for: .suddenDrift)
    case .gradualDrift: pack.analogy(for: .gradualDrift)
    case .intermittentDrift: pack.analogy(for: .monitoring)
    case .dataDrift: pack.glossaryAnalogy(for: .dataDrift)
    case .labelsMissing, .estimateChecked: pack.analogy(for: .estimation)
    case .noTraffic, .volumeChange: pack.analogy(for: .monitoring)
    case .negativeValue: pack.analogy(for: recommendation == .retireModel ? .lifeCycle : .roi)
    case .risingCost: pack.analogy(for: .mlops)
    }
  }
}

extension Evidence {
  /// Whether the evidence is input drift of any pattern.
  var isDrift: Bool {
    if case .drift = self { return true }
    return false
  }
}
