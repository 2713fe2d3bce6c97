public import AlmanacMetrics

/// The figures of one model in one period that the assessment judges and the narrative words.
///
/// Built by the pipeline from the numeric core's results; holds only what judgement and sentences
/// need, never raw data. Every number a sentence quotes comes from here, so a report's words always
/// match its figures.
public struct ModelFacts: Sendable, Equatable {
  /// The model's name (untrusted text).
  public var name: String
  /// What the model does.
  public var task: ModelTask
  /// The period's label: `2026-W47` for an ISO week (sentences then say "this week"), or any other
  /// label such as `2026-11-16..2026-11-20` (sentences say "this period").
  public var period: String
  /// Predictions made in the period.
  public var predictions: Int
  /// Predictions whose outcome is known.
  public var labelled: Int
  /// The headline quality figure: accuracy for classifiers, mean absolute error for regression;
  /// `nil` when it could be neither measured nor estimated.
  public var quality: QualityFacts?
  /// Drift of the model's inputs against its reference data.
  public var drift: DriftFacts
  /// Cost and value, when the config gives the figures.
  public var economics: PeriodEconomics?
  /// Earlier periods, oldest first, ending with the one just before this.
  ///
  /// One entry per period, with no gaps: a period without data has 0 predictions. Trends, usual
  /// levels and drift patterns come from here.
  public var history: [PeriodFacts]
  /// When the model turns amber or red.
  public var thresholds: Thresholds
  /// The days in a period (7 for ISO weeks).
  public var periodDays = 7
  /// The days of this period the logs cover, `nil` when every day is covered or it is not known:
  /// a period at the start or end of the logs is partial.
  public var coveredDays: Int?
  /// How far this period's estimates reach beyond the reference's scores, when it has estimates.
  public var estimateReach: EstimateReach?
  /// An earlier period's estimate now set beside its outcomes, when one has just become known.
  public var estimateOutcome: EstimateOutcome?

  /// Creates the facts of a model.
  ///
  /// - Parameters:
  ///   - name: The model's name.
  ///   - task: What the model does.
  ///   - period: The period's label.
  ///   - predictions: Predictions made in the period.
  ///   - labelled: Predictions whose outcome is known.
  ///   - quality: The headline quality figure, if any.
  ///   - drift: Drift of the inputs.
  ///   - economics: Cost and value, if configured.
  ///   - history: Earlier periods, oldest first.
  ///   - thresholds: When the model turns amber or red.
  public init(
    name: String, task: ModelTask, period: String, predictions: Int, labelled: Int,
    quality: QualityFacts?, drift: DriftFacts, economics: PeriodEconomics?, history: [PeriodFacts],
    thresholds: Thresholds = Thresholds()
  ) {
    self.name = name
    self.task = task
    self.period = period
    self.predictions = predictions
    self.labelled = labelled
    self.quality = quality
    self.drift = drift
    self.economics = economics
    self.history = history
    self.thresholds = thresholds
  }
}
