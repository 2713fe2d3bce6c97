extension Observation {
  /// What happened, in one to three plain sentences that quote the figures.
  ///
  /// Every number is written by `Wording` from the observation's evidence, so it matches the figure
  /// in the report.
  func what(_ voice: Voice) -> String {
    switch evidence {
    case .quality(let change): Self.what(change, voice)
    case .drift(let change): Self.what(change, kind: kind, voice)
    case .labels(
      let labelled, let predictions, let periods, let isEstimated, let reach, let drifted):
      Self.whatLabels(
        labelled: labelled, predictions: predictions, periods: periods,
        isEstimated: isEstimated, voice)
        + (isEstimated ? Self.certainty(reach: reach, inputsDrifted: drifted) : "")
    case .noTraffic(let lastVolume, let silent): Self.whatSilence(lastVolume, silent, voice)
    case .volume(let usual, let current, let days?):
      "It made \(Wording.counted(current, "prediction")) in the \(Wording.counted(days, "day")) of "
        + "\(voice.now) the logs cover, against a usual \(Wording.count(usual)) for as many days: "
        + "\(Wording.change(Double(current) / Double(usual) - 1))."
    case .volume(let usual, let current, nil):
      "It made \(Wording.counted(current, "prediction")) \(voice.now), against a usual "
        + "\(Wording.count(usual)): \(Wording.change(Double(current) / Double(usual) - 1))."
    case .loss(let cost, let value, let isEstimated, let periods):
      Self.whatLoss(cost: cost, value: value, estimated: isEstimated, periods: periods, voice)
    case .unitCost(let usual, let current):
      "Each 1,000 predictions cost \(Wording.unitPrice(current, currency: voice.currency)) "
        + "\(voice.now), against a usual \(Wording.unitPrice(usual, currency: voice.currency)): "
        + "\(Wording.change(current / usual - 1))."
        + Self.extraCost(impact, voice)
    }
  }

  /// What was seen, for a green-level note: the same figures without words of alarm.
  ///
  /// Drift of too few inputs to matter says so; every other note is its `what`.
  func note(_ voice: Voice) -> String {
    guard case .drift(let change) = evidence else { return what(voice) }
    let names = Voice.features(change.features).capitalizedFirst
    let one = change.features.count == 1
    let since = change.since.flatMap { $0 == voice.period ? nil : " since \($0)" } ?? ""
    return "\(names) \(one ? "differs" : "differ") from the training data\(since), but only "
      + "\(Wording.count(change.driftingCount)) of \(Wording.counted(change.featureCount, "input")) "
      + "\(change.driftingCount == 1 ? "does" : "do"): too few to call the model's data changed."
  }

  /// `That adds $300 to the bill.`, or nothing when the extra cost rounds to nothing.
  private static func extraCost(_ impact: Double?, _ voice: Voice) -> String {
    guard let impact, voice.money(-impact) != voice.money(0) else { return "" }
    return " That adds \(voice.money(-impact)) to the bill."
  }

  private static func what(_ change: QualityChange, _ voice: Voice) -> String {
    let accuracy = change.metric == .accuracy
    func format(_ value: Double) -> String {
      accuracy ? Wording.percent(value, decimals: 1) : Wording.measure(value)
    }
    let estimated = change.isEstimated ? "estimated " : ""
    let subject =
      accuracy ? "\(estimated)accuracy".capitalizedFirst : "The \(estimated)average error"
    let reference: String =
      switch change.reference {
      case .baseline(.config): "its target of \(format(change.from))"
      case .baseline(.registry): "\(format(change.from)) in testing"
      case .baseline(.reference): "\(format(change.from)) on its reference data"
      case .usual(let periods):
        "its usual \(format(change.from)) (the median of its last \(voice.span(periods)))"
      }
    var text: String
    if let pooled = change.pooled {
      text =
        "\(subject) is \(format(change.to)) \(voice.now), but with last \(voice.unit) it is "
        + "\(format(pooled)), still \(accuracy ? "below" : "above") \(reference) by more than "
        + "chance explains."
    } else {
      text =
        "\(subject) \(accuracy ? "fell" : "rose") to \(format(change.to)) \(voice.now) from "
        + "\(reference), more than chance explains."
    }
    if let since = change.since, change.periods > 1 {
      text +=
        " It has been \(accuracy ? "below" : "above") that since \(since) "
        + "(\(voice.span(change.periods)))."
    }
    if change.isEstimated, let low = change.low, let high = change.high {
      text +=
        " The outcomes are not known yet; the true figure is likely between \(format(low))"
        + " and \(format(high))."
    }
    return text
  }

  private static func what(_ change: DriftChange, kind: Finding.Kind, _ voice: Voice) -> String {
    let names = Voice.features(change.features).capitalizedFirst
    let one = change.features.count == 1
    let differs = one ? "differs" : "differ"
    let started = change.since.map { voice.when($0) } ?? voice.now
    let lasting = change.periods > 1 ? " (\(voice.span(change.periods)))" : ""
    let event: String
    switch kind {
    case .suddenDrift:
      event =
        "\(names) changed sharply \(started) and \(change.periods > 1 ? "still " : "")"
        + "\(differs) from the training data\(lasting)."
    case .gradualDrift:
      event =
        change.periods <= 1
        ? "\(names) began to drift away from the training data \(voice.now)."
        : "\(names) \(one ? "has" : "have") been drifting away from the training data since "
          + "\(change.since ?? voice.now)\(lasting)."
    case .intermittentDrift:
      event =
        "\(names) \(one ? "has" : "have") differed from the training data on and off since "
        + "\(change.since ?? voice.now)\(lasting): in some \(voice.unit)s, not in others."
    default:
      event =
        change.periods <= 1
        ? "\(names) \(differs) from the training data."
        : "\(names) \(differs) from the training data in every one of the "
          + "\(voice.span(change.periods)) on record."
    }
    return event + " \(Wording.count(change.driftingCount)) of "
      + "\(Wording.counted(change.featureCount, "input")) now "
      + "\(change.driftingCount == 1 ? "differs" : "differ") from it."
  }

  private static func whatLabels(
    labelled: Int, predictions: Int, periods: Int, isEstimated: Bool, _ voice: Voice
  ) -> String {
    let none =
      "None of the \(Wording.counted(predictions, "prediction")) made \(voice.now) has a known "
      + "outcome yet, "
    var text =
      labelled == 0
      ? none
        + (isEstimated
          ? "so \(voice.now)'s figures are estimates."
          : "and without scores to estimate from, \(voice.now)'s quality is not known yet.")
      : "Only \(Wording.inTen(Double(labelled) / Double(predictions))) predictions made "
        + "\(voice.now) have a known outcome (\(Wording.count(labelled)) of "
        + "\(Wording.count(predictions)))."
    if periods > 1 { text += " Outcomes have been short for \(voice.span(periods)) in a row." }
    return text
  }

  /// Why the estimates are less certain than their bands say, if they are: scores beyond the
  /// reference's, or inputs that drifted (the estimates assume the link to outcomes still holds).
  private static func certainty(reach: EstimateReach?, inputsDrifted: Bool) -> String {
    var text = ""
    if let reach, reach.isNoticeable {
      let share = Wording.percent(Double(reach.outsideRange) / Double(reach.estimated))
      text +=
        " \(share) of the scores lie outside the range seen in the reference data "
        + "(\(Wording.number(reach.range.lowerBound, decimals: 2)) to "
        + "\(Wording.number(reach.range.upperBound, decimals: 2))), so the estimates for them "
        + "are less certain than their bands say."
    }
    if inputsDrifted {
      text +=
        " The inputs also differ from the training data, and the estimates assume the link "
        + "between inputs and outcomes still holds: treat them as less certain."
    }
    return text
  }

  private static func whatSilence(_ lastVolume: Int?, _ silent: Int, _ voice: Voice) -> String {
    switch (lastVolume, silent) {
    case (let volume?, 1):
      "The model made no predictions \(voice.now), after \(Wording.count(volume)) last "
        + "\(voice.unit)."
    case (let volume?, _):
      "The model has made no predictions for \(voice.span(silent)); before that it made "
        + "\(Wording.count(volume)) in a \(voice.unit)."
    case (nil, 1): "The model made no predictions \(voice.now)."
    case (nil, _): "The model has made no predictions in any of the last \(voice.span(silent))."
    }
  }

  private static func whatLoss(
    cost: Double, value: Double, estimated: Bool, periods: Int, _ voice: Voice
  ) -> String {
    let earned =
      value >= 0
      ? "earned \(voice.money(value, estimated: estimated))"
      : "its decisions lost \(voice.money(-value, estimated: estimated))"
    var text =
      "It cost \(voice.money(cost)) and \(earned) \(voice.now): "
      + (estimated ? "an estimated loss of " : "a loss of ") + "\(voice.money(cost - value))."
    if periods > 1 { text += " It has lost money \(voice.span(periods)) in a row." }
    return text
  }
}
