public import AlmanacMetrics

/// What the report says about one model: the verdict, why, the findings and a headline.
public struct ModelAssessment: Sendable, Equatable {
  /// The model's name (untrusted text).
  public var name: String
  /// The verdict: the worst severity among the findings, green when there are none.
  public var status: Status
  /// Why the verdict is amber or red, worst first.
  ///
  /// A few words each, such as `accuracy fell from 84% to 76%`; empty for a green model.
  public var reasons: [String]
  /// Every amber or red finding in plain words, worst first.
  public var findings: [Finding]
  /// Green-level observations, kept apart from the findings.
  public var notes: [Note]
  /// One to three short sentences on the model's state, for the report's model card.
  public var headline: String
  /// The judgements behind the findings, in the same order, with their figures.
  public var observations: [Observation]
  /// The model's cost and value, if configured (carried for the portfolio's totals).
  public var economics: PeriodEconomics?
  /// How each drifting input feature came to differ from the training data, by name.
  public var driftPatterns: [String: DriftPattern]

  /// Creates an assessment.
  ///
  /// - Parameters:
  ///   - name: The model's name.
  ///   - status: The verdict.
  ///   - reasons: Why the verdict is amber or red.
  ///   - findings: Every amber or red finding, worst first.
  ///   - notes: Green-level observations.
  ///   - headline: The headline.
  ///   - observations: The judgements behind the findings.
  ///   - economics: Cost and value, if configured.
  ///   - driftPatterns: The pattern of each drifting feature.
  public init(
    name: String, status: Status, reasons: [String], findings: [Finding], notes: [Note] = [],
    headline: String, observations: [Observation], economics: PeriodEconomics?,
    driftPatterns: [String: DriftPattern] = [:]
  ) {
    self.name = name
    self.status = status
    self.reasons = reasons
    self.findings = findings
    self.notes = notes
    self.headline = headline
    self.observations = observations
    self.economics = economics
    self.driftPatterns = driftPatterns
  }

  /// The decline of the headline quality figure, when one is found.
  public var decline: QualityChange? {
    for observation in observations {
      if case .quality(let change) = observation.evidence { return change }
    }
    return nil
  }
}
