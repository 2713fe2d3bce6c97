/// When a model turns amber or red, and the few constants that shape the judgement.
///
/// Every field has a default suited to weekly reports; the config overrides them per model. Shares are
/// fractions (0.02 is 2 percentage points of accuracy, 0.25 is 25%).
public struct Thresholds: Sendable, Equatable {
  /// Accuracy this many points below a reference turns the model amber.
  ///
  /// The references are its baseline, last period, and the start of a falling run.
  public var accuracyDropWarn = 0.02
  /// Accuracy this many points below a reference turns the model red.
  public var accuracyDropAlert = 0.05
  /// Regression: a mean absolute error this much above a reference (relative) turns it amber.
  ///
  /// 0.1 is 10% above.
  public var errorRiseWarn = 0.10
  /// Regression: a mean absolute error this much above a reference (relative) turns it red.
  public var errorRiseAlert = 0.25
  /// Fewer labelled predictions than this share means outcomes are short.
  public var labelledShareWarn = 0.5
  /// Outcomes short for up to this many periods in a row are late, which is normal when outcomes
  /// take time to arrive (a note); short for longer, they are missing (amber).
  public var labelLagPeriods = 2
  /// A change in volume by this share against the usual volume is reported (amber).
  public var volumeChange = 0.5
  /// A share of drifting input features at or above this turns the model amber; when the model's
  /// data drift is detected (the drift share level of the config) it turns red.
  public var driftShareWarn = 0.25
  /// Sudden or gradual: drift is gradual when, besides the step in the period it was first detected,
  /// another period rose by at least this share of that step (see `DriftPattern`).
  public var driftBuildUpShare = 0.25
  /// Cost per 1,000 predictions this much above its usual level (relative) turns the model amber.
  public var costRiseWarn = 0.25
  /// Negative net value this many periods in a row turns the model red (one period is amber).
  public var lossPeriodsAlert = 2
  /// Negative net value this many periods in a row, or no predictions this many periods in a row
  /// after none before, recommends retiring the model.
  public var retirePeriods = 4
  /// How many earlier periods make the usual level (their median) of volume and cost.
  public var usualPeriods = 4
  /// The chance, per period, that noise alone makes some input of a stable model drift: shared
  /// among the features tested (see the pipeline's drift levels).
  public var driftFalseAlarmRate = 0.01
  /// A quality figure starts a decline only when it lies this many standard deviations of its
  /// noise beyond the baseline (3: a stable model does so about once in 740 periods).
  public var qualityNoiseSigmas = 3.0
  /// A decline already under way goes on while the figure stays this many standard deviations
  /// beyond the baseline, so a real decline is not dropped in a week that is a little better.
  public var qualityHoldSigmas = 2.0

  /// Creates the default thresholds.
  public init() {}
}
