internal import AlmanacMetrics

/// What the level a drift score is judged against rests on; raw values are the JSON report's.
enum ThresholdBasis: String, Sendable {
  /// The method's default level (Evidently's): noise stays below it.
  case `default`
  /// The level the config sets for the column, used as it is.
  case config
  /// The default moved so that chance alone rarely passes it: raised to the noise a distance has
  /// at this period's size, or a p-value's level divided among the features tested.
  case noise
}

/// Sets the level a drift score must pass to count, so that a stable model's inputs rarely seem
/// to drift by chance.
///
/// A column's test passes its default level by chance more often than an executive should hear
/// about: a p-value of 0.05 does so one period in twenty, and with 25 features some feature does
/// almost every period; a distance of 0.1 is passed by noise alone in small periods. So, unless
/// the config sets the column's level:
///
/// - p-values (KS, chi-square, Z): the level is the model's false-alarm rate divided by the number
///   of features tested (Bonferroni), when that is below the default 0.05; for chi-square, moved
///   further for the reference's own noise (see ``pValueLevel(_:falseAlarmRate:)``);
/// - distances (Wasserstein, Jensen-Shannon, PSI): the level is raised to the score that chance
///   passes with the same per-feature rate at this period's size (``DriftNoise``), when that is
///   above the default 0.1.
///
/// Either way the chance that noise alone makes any feature of a stable model drift in a period
/// is at most the false-alarm rate (0.01 by default), however many features are tested.
enum DriftLevel {
  /// A drift result judged against its level.
  ///
  /// - Parameters:
  ///   - drift: The measured drift, judged against its default or configured threshold.
  ///   - configured: Whether the config sets the column's threshold.
  ///   - noise: The column's learned noise and the method it was learned for, if any.
  ///   - falseAlarmRate: The chance of a false detection allowed for this column.
  /// - Returns: The drift with its threshold and verdict, and what the threshold rests on.
  static func judge(
    _ drift: FeatureDrift, configured: Bool, noise: (method: DriftMethod, noise: DriftNoise)?,
    falseAlarmRate: Double
  ) -> (drift: FeatureDrift, basis: ThresholdBasis) {
    guard !configured else { return (drift, .config) }
    guard drift.score != nil else { return (drift, .default) }
    var judged = drift
    if drift.method.scoreIsPValue {
      let level = pValueLevel(drift, falseAlarmRate: falseAlarmRate)
      guard level < drift.threshold else { return (drift, .default) }
      judged.threshold = level
    } else {
      guard let noise, noise.method == drift.method else { return (drift, .default) }
      let level = noise.noise.level(size: drift.currentCount, falseAlarmRate: falseAlarmRate)
      guard level > drift.threshold else { return (drift, .default) }
      judged.threshold = level
    }
    judged.detected =
      judged.score.map { drift.method.isDrift(score: $0, threshold: judged.threshold) }
      ?? false
    return (judged, .noise)
  }

  /// The level a p-value must reach for chance to pass it with the given rate.
  ///
  /// KS and Z are two-sample tests: their p-values already count both samples' noise, so the
  /// level is the rate itself. Chi-square, as Evidently computes it, compares current counts with
  /// reference counts taken as exact; by chance its statistic is about `c = 1 + n_cur/n_ref` times
  /// a χ²(k − 1) variable (the reference's own counts vary too), so a current period as large as
  /// the reference passes 0.05 far more often than one time in twenty. The level on its p-value
  /// is then P(χ²(k − 1) > c · q), with q the statistic a true χ²(k − 1) passes with the rate.
  static func pValueLevel(_ drift: FeatureDrift, falseAlarmRate: Double) -> Double {
    guard drift.method == .chiSquare, drift.referenceCount > 0, drift.distinctCount > 1 else {
      return falseAlarmRate
    }
    let freedom = Double(drift.distinctCount - 1)
    let inflation = 1 + Double(drift.currentCount) / Double(drift.referenceCount)
    let statistic = ChiSquaredDistribution.inverseSurvival(
      falseAlarmRate, degreesOfFreedom: freedom)
    return ChiSquaredDistribution.survival(inflation * statistic, degreesOfFreedom: freedom)
  }
}
