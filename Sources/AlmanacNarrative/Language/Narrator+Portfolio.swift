internal import AlmanacMetrics

extension Narrator {
  /// The paragraph that opens the report: three to five short sentences a business leader can act on.
  ///
  /// 1. How many models are in each state.
  /// 2. What they cost and earned together; when any value is estimated it says so, and the net
  ///    is "about".
  /// 3. The most urgent model and why; with none, the top earner (or that nothing is wrong).
  /// 4. The next step for that model; with none, the registry gaps (or that nothing needs doing).
  /// 5. With a model to act on: how many others need attention, else the registry gaps, if any.
  ///
  /// The most urgent model has the worst status, then the most money at stake (the lowest sum of its
  /// findings' impacts), then the first name in byte order.
  ///
  /// - Parameters:
  ///   - models: Every model's assessment.
  ///   - governance: The registry findings.
  ///   - period: The period's label (`2026-W47` makes sentences say "week").
  /// - Returns: The paragraph.
  public func portfolioHeadline(
    _ models: [ModelAssessment], governance: [GovernanceFinding], period: String
  ) -> String {
    let voice = Voice(currency: currency, period: period)
    let economics = PortfolioEconomics(models.compactMap(\.economics))
    var sentences = [Self.counts(models, voice), Self.money(economics, of: models.count, voice)]
    let concerns = models.filter { $0.status > .green }.sorted(by: Self.moreUrgent)
    let gaps =
      governance.isEmpty
      ? nil
      : "The model registry shows \(Wording.counted(governance.count, "gap")) in ownership or records."
    if let worst = concerns.first, let top = worst.observations.first {
      let role = worst.status == .red ? "most urgent model" : "model to watch most"
      sentences.append("The \(role) is \(worst.name): \(top.reason(voice)).")
      sentences.append("Next step: \(top.recommendation.step(for: worst.name)).")
      if concerns.count > 1 {
        let others = concerns.count - 1
        sentences.append(
          "\(Wording.counted(others, "other model")) also \(others == 1 ? "needs" : "need") attention."
        )
      } else if let gaps {
        sentences.append(gaps)
      }
    } else {
      let earners = models.compactMap { model in model.economics.map { (model.name, $0) } }
      let best = earners.sorted { lhs, rhs in
        lhs.1.net != rhs.1.net
          ? lhs.1.net > rhs.1.net : lhs.0.utf8.lexicographicallyPrecedes(rhs.0.utf8)
      }.first
      if let (name, economics) = best {
        sentences.append(
          "The top earner is \(name), with "
            + "\(voice.money(economics.net, estimated: economics.isEstimated)) net.")
      } else {
        sentences.append("No model shows a problem with its data, accuracy or volume.")
      }
      sentences.append(gaps ?? "Nothing needs doing \(voice.now) beyond the usual checks.")
    }
    return sentences.joined(separator: " ")
  }

  private static func counts(_ models: [ModelAssessment], _ voice: Voice) -> String {
    guard let only = models.first else { return "No models were reported \(voice.now)." }
    if models.count == 1 { return "The one model \(needs(only.status)) \(voice.now)." }
    let tally = Status.allCases.reversed().compactMap { status -> String? in
      let count = models.filter { $0.status == status }.count
      guard count > 0 else { return nil }
      return "\(Wording.count(count)) \(count == 1 ? needs(status) : needPlural(status))"
    }
    guard tally.count > 1 else {
      return "All \(Wording.count(models.count)) models \(needPlural(only.status)) \(voice.now)."
    }
    return "Of \(Wording.count(models.count)) models \(voice.now), \(Wording.list(tally))."
  }

  private static func money(_ economics: PortfolioEconomics, of models: Int, _ voice: Voice)
    -> String
  {
    guard economics.models > 0 else {
      return "No costs or values are set in the config, so this report shows no money figures."
    }
    let subject =
      economics.models < models
      ? "The \(Wording.counted(economics.models, "model")) with costs set"
      : models == 1 ? "It" : "They"
    let net = voice.money(abs(economics.net))
    guard economics.isEstimated else {
      let outcome = economics.net >= 0 ? "gain" : "loss"
      let earned =
        economics.value >= 0
        ? "earned \(voice.money(economics.value))"
        : "their decisions lost \(voice.money(-economics.value)) more"
      return
        "\(subject) cost \(voice.money(economics.cost)) and \(earned), a net \(outcome) of \(net)."
    }
    let earned =
      economics.value >= 0
      ? "earned an estimated \(voice.money(economics.value))"
      : "their decisions lost an estimated \(voice.money(-economics.value)) more"
    return "\(subject) cost \(voice.money(economics.cost)) and \(earned), so about \(net) net"
      + (economics.net >= 0 ? "." : " loss.")
  }

  /// The order models are reported in: worst status first, then the most money at stake (the
  /// lowest sum of the observations' impacts), then the name in byte order.
  ///
  /// - Parameters:
  ///   - lhs: A model's assessment.
  ///   - rhs: Another model's assessment.
  /// - Returns: Whether `lhs` comes first.
  public static func moreUrgent(_ lhs: ModelAssessment, _ rhs: ModelAssessment) -> Bool {
    if lhs.status != rhs.status { return lhs.status > rhs.status }
    let lhsImpact = lhs.observations.compactMap(\.impact).reduce(0, +)
    let rhsImpact = rhs.observations.compactMap(\.impact).reduce(0, +)
    if lhsImpact != rhsImpact { return lhsImpact < rhsImpact }
    return lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
  }

  /// `needs action now`, `needs watching`, `is working well`.
  private static func needs(_ status: Status) -> String {
    switch status {
    case .red: "needs action now"
    case .amber: "needs watching"
    case .green: "is working well"
    }
  }

  /// `need action now`, `need watching`, `are working well`.
  private static func needPlural(_ status: Status) -> String {
    switch status {
    case .red: "need action now"
    case .amber: "need watching"
    case .green: "are working well"
    }
  }
}
