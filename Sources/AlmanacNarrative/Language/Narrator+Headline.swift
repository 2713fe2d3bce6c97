internal import AlmanacMetrics

extension Narrator {
  /// A few short sentences on a model's state.
  ///
  /// - Green: `Working well this week. Accuracy is 91.2%. It earned $12.4k net.`
  /// - Amber or red: the status, the worst reason, the next reason of another kind (the two kinds
  ///   of drift count as one), and the money: what lower quality cost, right after that reason,
  ///   when its cost is known; otherwise the net value at the end (left out when a reason already
  ///   is the loss). `Needs action now. Estimated accuracy fell from 84% to 76%. That cost an
  ///   estimated $4.1k this week. Its input data changed all at once.`
  ///
  /// Short sentences keep the headline at grade 8 or below.
  func headline(_ facts: ModelFacts, _ diagnosis: Diagnosis, _ voice: Voice) -> String {
    let concerns = diagnosis.observations.filter { $0.severity > .green }
    guard let first = concerns.first else {
      return "\(Self.statusPhrase(.green)) \(voice.now). \(Self.state(facts, voice))"
    }
    var shown = [first]
    if let second = concerns.first(where: { $0.family != first.family }) { shown.append(second) }
    var sentences = ["\(Self.statusPhrase(diagnosis.status))."]
    var costSaid = false
    for concern in shown {
      sentences.append(concern.reason(voice).capitalizedFirst + ".")
      if concern.kind == .accuracyDecline, let impact = concern.impact,
        let economics = facts.economics
      {
        sentences.append(
          "That cost \(voice.money(-impact, estimated: economics.isEstimated)) \(voice.now).")
        costSaid = true
      }
    }
    if let economics = facts.economics, !costSaid,
      !shown.contains(where: { $0.kind == .negativeValue })
    {
      sentences.append(Self.net(economics, voice).capitalizedFirst + " \(voice.now).")
    }
    return sentences.joined(separator: " ")
  }

  /// `Working well`, `Needs watching` or `Needs action now`.
  static func statusPhrase(_ status: Status) -> String {
    switch status {
    case .green: "Working well"
    case .amber: "Needs watching"
    case .red: "Needs action now"
    }
  }

  /// `it earned $12.4k net` or `it lost an estimated $1.2k`.
  static func net(_ economics: PeriodEconomics, _ voice: Voice) -> String {
    economics.net >= 0
      ? "it earned \(voice.money(economics.net, estimated: economics.isEstimated)) net"
      : "it lost \(voice.money(-economics.net, estimated: economics.isEstimated))"
  }

  /// The state of a healthy model: its quality (or volume), then its net value.
  private static func state(_ facts: ModelFacts, _ voice: Voice) -> String {
    let state: String
    switch facts.quality {
    case let quality? where quality.metric == .accuracy:
      state =
        "Accuracy is \(quality.isEstimated ? "an estimated " : "")"
        + "\(Wording.percent(quality.value, decimals: 1))."
    case let quality?:
      state =
        "Its average error is \(quality.isEstimated ? "an estimated " : "")"
        + "\(Wording.measure(quality.value))."
    case nil:
      state = "It made \(Wording.counted(facts.predictions, "prediction"))."
    }
    guard let economics = facts.economics else { return state }
    return state + " " + net(economics, voice).capitalizedFirst + "."
  }
}
