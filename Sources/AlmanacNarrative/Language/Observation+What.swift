extension Observation {
  /// What happened, in one to three plain sentences that quote the figures.
  ///
  /// Every number is written by `Wording` from the observation's evidence, so it matches the figure
  /// in the report.
  func what(_ voice: Voice) -> String {
    switch evidence {
    case .quality(let change): Self.what(change, voice)
    case .drift(let change): Self.what(change, sudden: kind == .suddenDrift, voice)
    case .labels(let labelled, let predictions, let periods):
      Self.whatLabels(labelled: labelled, predictions: predictions, periods: periods, voice)
    case .noTraffic(let lastVolume, let silent): Self.whatSilence(lastVolume, silent, voice)
    case .volume(let usual, let current):
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

  /// `That adds $300 to the bill.`, or nothing when the extra cost rounds to nothing.
  private static func extraCost(_ impact: Double?, _ voice: Voice) -> String {
    guard let impact, voice.money(-impact) != voice.money(0) else { return "" }
    return " That adds \(voice.money(-impact)) to the bill."
  }

  private static func what(_ change: QualityChange, _ voice: Voice) -> String {
    let accuracy = change.metric == .accuracy
    func format(_ value: Double) -> String {
      accuracy ? Wording.percent(value) : Wording.measure(value)
    }
    let estimated = change.isEstimated ? "estimated " : ""
    let subjectStart =
      accuracy ? "\(estimated)accuracy".capitalizedFirst : "The \(estimated)average error"
    let verb = accuracy ? "fell" : "rose"
    var text: String
    switch change.reference {
    case .baseline:
      text =
        "\(subjectStart) \(verb) from \(format(change.from)) in testing to "
        + "\(format(change.to)) \(voice.now)."
    case .previous:
      text =
        "\(subjectStart) \(verb) from \(format(change.from)) last \(voice.unit) to "
        + "\(format(change.to)) \(voice.now)."
    case .run(let periods):
      text =
        "\(subjectStart) has \(accuracy ? "fallen" : "risen") \(voice.span(periods)) in a "
        + "row, from \(format(change.from)) to \(format(change.to))."
    }
    if change.isEstimated, let low = change.low, let high = change.high {
      text +=
        " The outcomes are not known yet; the true figure is likely between \(format(low))"
        + " and \(format(high))."
    }
    return text
  }

  private static func what(_ change: DriftChange, sudden: Bool, _ voice: Voice) -> String {
    let names = Voice.features(change.features).capitalizedFirst
    let one = change.features.count == 1
    let event =
      sudden
      ? "\(names) changed sharply \(voice.ago(change.periods)) and still \(one ? "differs" : "differ")"
        + " from the training data."
      : change.periods <= 1
        ? "\(names) began to drift away from the training data \(voice.now)."
        : "\(names) \(one ? "has" : "have") been drifting away from the training data for "
          + "\(voice.span(change.periods))."
    return event + " \(Wording.count(change.driftingCount)) of "
      + "\(Wording.counted(change.featureCount, "input")) now "
      + "\(change.driftingCount == 1 ? "differs" : "differ") from it."
  }

  private static func whatLabels(labelled: Int, predictions: Int, periods: Int, _ voice: Voice)
    -> String
  {
    var text =
      labelled == 0
      ? "None of the \(Wording.counted(predictions, "prediction")) made \(voice.now) has a known "
        + "outcome yet, so \(voice.now)'s figures are estimates."
      : "Only \(Wording.inTen(Double(labelled) / Double(predictions))) predictions made "
        + "\(voice.now) have a known outcome (\(Wording.count(labelled)) of "
        + "\(Wording.count(predictions)))."
    if periods > 1 { text += " Outcomes have been short for \(voice.span(periods)) in a row." }
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
