import AlmanacMetrics
import AlmanacNarrative
import Testing

/// Every number a sentence quotes is the figure in the facts, written by `Wording`.
@Suite struct NumberFidelityTests {
  static let cases: [ModelFacts] =
    (5...8).map { DemoFacts.credit(week: $0) } + (5...8).map { DemoFacts.demand(week: $0) }
    + GeneratedPortfolio.models(count: 50) + [flickeringFacts()]

  @Test func findingsQuoteTheFactsFigures() throws {
    let narrator = try narrator()
    print("generated portfolio seed: \(GeneratedPortfolio.seed)")
    var checked: Set<Finding.Kind> = []
    for facts in Self.cases {
      let assessment = narrator.assess(facts)
      let said =
        assessment.findings.map { ($0.kind, $0.what) } + assessment.notes.map { ($0.kind, $0.what) }
      let observations =
        assessment.observations.filter { $0.severity > .green }
        + assessment.observations.filter { $0.severity == .green }
      #expect(observations.map(\.kind) == said.map(\.0))
      for (observation, (kind, what)) in zip(observations, said) {
        for figure in try figures(observation, facts) {
          #expect(what.contains(figure), "\(facts.name): \(figure) not in \"\(what)\"")
        }
        checked.insert(kind)
      }
    }
    // An estimate set beside its outcomes is a note of its own, not an observation; its figures
    // are checked in EstimateOutcomeWordsTests.
    #expect(checked == Set(Finding.Kind.allCases).subtracting([.estimateChecked]))
  }

  @Test func headlinesQuoteTheFactsFigures() throws {
    let narrator = try narrator()
    for facts in Self.cases {
      let assessment = narrator.assess(facts)
      let headline = assessment.headline
      if assessment.status == .green {
        if let quality = facts.quality {
          #expect(
            headline.contains(format(quality.value, quality.metric)), "\(facts.name): \(headline)")
        }
        if let economics = facts.economics, economics.net >= 0 {
          #expect(headline.contains(money(economics.net) + " net"), "\(facts.name): \(headline)")
        }
      } else if let first = assessment.observations.first,
        first.kind == .accuracyDecline || first.kind == .volumeChange
      {
        // The headline gives the change itself (from, to), not the estimate's band.
        for figure in try figures(first, facts).prefix(2) {
          #expect(headline.contains(figure), "\(facts.name): \(figure) not in \"\(headline)\"")
        }
      }
    }
  }

  @Test func impactsAreTheFactsMoney() throws {
    for facts in Self.cases {
      for observation in Diagnosis(facts).observations {
        switch observation.kind {
        case .accuracyDecline:
          let lost = facts.economics?.valueLost ?? 0
          #expect(observation.impact == (lost > 0 ? -lost : nil))
        case .negativeValue:
          #expect(observation.impact == facts.economics?.net)
        case .risingCost:
          let current = try #require(facts.economics?.costPerThousand)
          let usual = try #require(median(facts.history.suffix(4).compactMap(\.costPerThousand)))
          let expected = -(current - usual) * Double(facts.predictions) / 1000
          #expect(abs((observation.impact ?? .nan) - expected) <= 1e-9 * max(1, abs(expected)))
        default:
          #expect(observation.impact == nil)
        }
      }
    }
  }

  /// The figures a finding of this kind must quote, formatted from the facts.
  func figures(_ observation: Observation, _ facts: ModelFacts) throws -> [String] {
    switch observation.evidence {
    case .quality(let change):
      let quality = try #require(facts.quality)
      let reference: Double
      switch change.reference {
      case .baseline: reference = try #require(quality.baseline?.value)
      case .usual(let periods):
        let recent = facts.history.compactMap(\.quality?.value).suffix(periods)
        reference = try #require(median(Array(recent)))
      }
      var quoted = [format(reference, quality.metric), format(quality.value, quality.metric)]
      if quality.isEstimated, let low = quality.low, let high = quality.high {
        quoted += [format(low, quality.metric), format(high, quality.metric)]
      }
      return quoted
    case .drift(let change):
      let drifting = facts.drift.features.filter(\.isDetected).count
      let names = change.features.prefix(change.features.count > 3 ? 2 : 3).map {
        $0.replacingUnderscores()
      }
      return ["\(drifting) of \(facts.drift.features.count) inputs"] + names.dropFirst()
    case .labels:
      if facts.labelled == 0 { return [Wording.counted(facts.predictions, "prediction")] }
      return [
        Wording.count(facts.labelled), Wording.count(facts.predictions),
        Wording.inTen(Double(facts.labelled) / Double(facts.predictions)),
      ]
    case .noTraffic(let lastVolume, _):
      guard lastVolume != nil else { return [] }
      let last = try #require(facts.history.last { $0.predictions > 0 })
      return [Wording.count(last.predictions)]
    case .volume:
      let usual = try #require(
        median(facts.history.suffix(4).filter { $0.predictions > 0 }.map { Double($0.predictions) })
      )
      return [Wording.count(facts.predictions), Wording.count(Int(usual.rounded()))]
    case .loss:
      let economics = try #require(facts.economics)
      return [money(economics.cost.total), money(abs(economics.value)), money(-economics.net)]
    case .unitCost:
      let current = try #require(facts.economics?.costPerThousand)
      let usual = try #require(median(facts.history.suffix(4).compactMap(\.costPerThousand)))
      return [
        Wording.unitPrice(current, currency: "USD"), Wording.unitPrice(usual, currency: "USD"),
      ]
    }
  }

  func format(_ value: Double, _ metric: QualityMetric) -> String {
    metric == .accuracy ? Wording.percent(value, decimals: 1) : Wording.measure(value)
  }

  func money(_ amount: Double) -> String { Wording.money(amount, currency: "USD") }

  func median(_ values: [Double]) -> Double? {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return nil }
    return sorted.count % 2 == 1
      ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }
}

extension String {
  func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
