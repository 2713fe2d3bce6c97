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
  ///   what it costs) of amber and red observations, the notes of green ones, and the headline.
  public func assess(_ facts: ModelFacts) -> ModelAssessment {
    let diagnosis = Diagnosis(facts)
    let voice = Voice(currency: currency, period: facts.period)
    let concerns = diagnosis.observations.filter { $0.severity > .green }
    let findings = concerns.map { observation in
      Finding(
        kind: observation.kind, severity: observation.severity, what: observation.what(voice),
        meaning: observation.meaning(in: pack), action: observation.recommendation.action,
        impact: observation.impact)
    }
    var notes = diagnosis.observations.filter { $0.severity == .green }.map { observation in
      Note(kind: observation.kind, what: observation.note(voice))
    }
    if let outcome = facts.estimateOutcome {
      notes.append(Note(kind: .estimateChecked, what: outcome.sentence))
    }
    return ModelAssessment(
      name: facts.name, status: diagnosis.status, reasons: concerns.map { $0.reason(voice) },
      findings: findings, notes: notes, headline: headline(facts, diagnosis, voice),
      observations: diagnosis.observations, economics: facts.economics,
      driftPatterns: facts.driftPatterns)
  }

  /// The plain-language glossary, with this pack's comparisons.
  public var glossary: [GlossaryEntry] { Glossary.entries(pack: pack, currency: currency) }
}
