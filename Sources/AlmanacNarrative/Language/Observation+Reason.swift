extension Observation {
  /// The observation in a few words, for headlines and the reasons behind a verdict.
  ///
  /// Such as `accuracy fell from 84% to 76%`: lower case, without a full stop.
  func reason(_ voice: Voice) -> String {
    switch evidence {
    case .quality(let change):
      let estimated = change.isEstimated ? "estimated " : ""
      let lasting = change.periods > 1 ? " (for \(voice.span(change.periods)))" : ""
      return change.metric == .accuracy
        ? "\(estimated)accuracy fell from \(Wording.percent(change.from, decimals: 1)) to "
          + "\(Wording.percent(change.to, decimals: 1))\(lasting)"
        : "its \(estimated)average error rose from \(Wording.measure(change.from)) to "
          + "\(Wording.measure(change.to))\(lasting)"
    case .drift:
      switch kind {
      case .suddenDrift: return "its input data changed all at once"
      case .gradualDrift: return "its input data is slowly drifting"
      case .intermittentDrift: return "its input data changes on and off"
      default: return "its input data differs from the training data"
      }
    case .labels(_, _, let periods, _, _, _):
      return severity == .green
        ? "outcomes are not in yet" : "outcomes have been missing for \(voice.span(periods))"
    case .noTraffic(_, let silent):
      return silent == 1
        ? "it made no predictions \(voice.now)"
        : "it has made no predictions for \(voice.span(silent))"
    case .volume(let usual, let current, _):
      return "predictions \(current > usual ? "jumped" : "dropped") from "
        + "\(Wording.count(usual)) to \(Wording.count(current))"
    case .loss(let cost, let value, let isEstimated, _):
      return "it lost \(voice.money(cost - value, estimated: isEstimated)) \(voice.now)"
    case .unitCost(let usual, let current):
      return "the cost per 1,000 predictions rose from "
        + "\(Wording.unitPrice(usual, currency: voice.currency)) to "
        + "\(Wording.unitPrice(current, currency: voice.currency))"
    }
  }
}
