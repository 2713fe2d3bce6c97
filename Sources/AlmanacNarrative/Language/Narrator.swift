/// Turns the figures of models into judgements and plain words, with one analogy pack.
///
/// The same inputs always give the same words: every sentence is a fixed template filled by
/// `Wording`, with no randomness, clock or locale.
public struct Narrator: Sendable {
  /// The comparisons that explain what findings mean.
  public var pack: AnalogyPack
  /// The ISO 4217 code of every amount.
  public var currency: String

  /// Creates a narrator.
  ///
  /// - Parameters:
  ///   - pack: The analogy pack chosen in the config.
  ///   - currency: The report's currency.
  public init(pack: AnalogyPack, currency: String) {
    self.pack = pack
    self.currency = currency
  }

  /// Judges one model and puts the judgement into words.
  ///
  /// - Parameter facts: The model's figures in the period.
  /// - Returns: The verdict, its reasons, the findings (what happened, what it means, what to do,
  ///   what it costs) and the headline.
  public func assess(_ facts: ModelFacts) -> ModelAssessment {
    let diagnosis = Diagnosis(facts)
    let voice = Voice(currency: currency, period: facts.period)
    let findings = diagnosis.observations.map { observation in
      Finding(
        kind: observation.kind, severity: observation.severity, what: observation.what(voice),
        meaning: pack.analogy(for: observation.topic), action: observation.recommendation.action,
        impact: observation.impact)
    }
    return ModelAssessment(
      name: facts.name, status: diagnosis.status,
      reasons: diagnosis.observations.filter { $0.severity > .green }.map { $0.reason(voice) },
      findings: findings, headline: headline(facts, diagnosis, voice),
      observations: diagnosis.observations, economics: facts.economics)
  }

  /// The plain-language glossary, with this pack's comparisons.
  public var glossary: [GlossaryEntry] { Glossary.entries(pack: pack, currency: currency) }
}
