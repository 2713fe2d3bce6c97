/// How a drifting feature came to differ from the training data: in one step, as a trend, on and
/// off, or (with no clean period on record) in every period known.
///
/// The rule reads the feature's drift test in every period on record, oldest first, and the size
/// of the change in each, `m = √PSI` (PSI grows with the square of a small shift, so its root
/// grows in step with the shift itself):
///
/// 1. The *run* is the feature's current stretch of drifting periods; periods without a test
///    (no data) neither break nor extend it. Its first period is the *onset*.
/// 2. No clean period before the onset: the data **differ** from the training data in every
///    period on record. Nothing is claimed about when that began.
/// 3. The run is short (under `settledPeriods`) and another drifting stretch ended within the
///    `recentPeriods` known periods before the onset: **intermittent**, on and off, dated from the
///    first of those stretches.
/// 4. Otherwise compare the rises of `m` with the whole change, from the usual size of the
///    clean periods before the onset (their median, `base`) to the run's current level (the
///    median of its last three sizes, so that a plateau's noise does not grow the change):
///    when one period's rise holds at least `1 − buildUpShare` of it, a **step** dated from that
///    period; otherwise a **trend**, dated from the start of its build-up: the clean periods just
///    before the onset whose size was already above `base` by at least `buildUpShare` of the
///    onset's own rise, and by more than twice the scatter of the clean sizes (1.4826 times their
///    median absolute deviation). Measured against the onset, which does not move, the date stays
///    the same from week to week while the trend goes on.
///
/// Without sizes (no PSI) a clean period before the onset makes a step at the onset.
///
/// Examples: incomes rising a few percent a week give m of about 0.04, 0.1, 0.2, 0.3: no rise holds
/// 75% of the change, so a trend; a campaign moving debt ratios in one week gives 0.04, 0.05, 0.75,
/// 0.76: the rise into the third week holds 96%, so a step, in that week and in the weeks after while
/// it stays. A feature drifting in weeks 3 and 5 and again in week 8 is intermittent since week 3.
public struct DriftPattern: Sendable, Equatable {
  /// The shape of the change; raw values are the JSON report's `pattern` (`differs` is `null`).
  public enum Shape: String, Sendable, Equatable, CaseIterable {
    /// One step, then a plateau.
    case step
    /// A change that built up over several periods.
    case trend
    /// Drift that comes and goes.
    case intermittent
    /// Drifting in every period on record: no earlier clean period to date it from.
    case differs
  }

  /// The shape.
  public var shape: Shape
  /// The index (into the series given) of the period the pattern began; `nil` for `differs`.
  public var start: Int?
  /// Periods from `start` to the last, both included (for `differs`, from the first period on
  /// record), counting periods without data.
  public var periods: Int

  /// Creates a pattern.
  ///
  /// - Parameters:
  ///   - shape: The shape.
  ///   - start: The index of the period it began, `nil` for `differs`.
  ///   - periods: How many periods it has lasted.
  public init(shape: Shape, start: Int?, periods: Int) {
    self.shape = shape
    self.start = start
    self.periods = periods
  }

  /// How many drifting periods in a row make drift settled rather than on and off.
  public static let settledPeriods = 4
  /// How many known periods before the onset are searched for an earlier drifting stretch.
  public static let recentPeriods = 8

  /// Classifies the drift of one feature.
  ///
  /// - Parameters:
  ///   - detected: Whether drift was detected, per period, oldest first, ending with this period;
  ///     `nil` where the feature was not tested.
  ///   - psi: The feature's PSI per period, aligned with `detected`; `nil` where unknown.
  ///   - buildUpShare: The share of the change a rise must hold to count as build-up (0.25).
  /// - Returns: The pattern, or `nil` when drift is not detected in the last period.
  /// - Complexity: O(*n*) for *n* periods.
  public static func classify(detected: [Bool?], psi: [Double?], buildUpShare: Double)
    -> DriftPattern?
  {
    precondition(detected.count == psi.count, "\(detected.count) flags but \(psi.count) PSI values")
    let last = detected.count - 1
    guard last >= 0, detected[last] == true else { return nil }
    let known = detected.indices.filter { detected[$0] != nil }
    var runStart = known.count - 1
    while runStart > 0, detected[known[runStart - 1]] == true { runStart -= 1 }
    let onset = known[runStart]
    guard runStart > 0 else {
      return DriftPattern(shape: .differs, start: nil, periods: last - known[0] + 1)
    }

    let before = Array(known[max(0, runStart - recentPeriods)..<runStart])
    let runLength = known.count - runStart
    if runLength < settledPeriods, let earlier = before.first(where: { detected[$0] == true }) {
      return DriftPattern(shape: .intermittent, start: earlier, periods: last - earlier + 1)
    }

    let size = psi.map { value -> Double? in
      guard let value, value.isFinite, value >= 0 else { return nil }
      return value.squareRoot()
    }
    let cleanSizes = before.filter { detected[$0] == false }.compactMap { size[$0] }
    let recentSizes = known[runStart...].compactMap { size[$0] }.suffix(3)
    guard let base = median(cleanSizes), let level = median(Array(recentSizes)) else {
      return DriftPattern(shape: .step, start: onset, periods: last - onset + 1)
    }
    let change = level - base
    // Rises between consecutive known periods, from the last clean period on.
    let span = Array(known[(runStart - 1)...])
    var rises: [(index: Int, rise: Double)] = []
    for (previous, next) in zip(span, span.dropFirst()) {
      if let from = size[previous], let to = size[next] { rises.append((next, to - from)) }
    }
    guard change > 0, let biggest = rises.max(by: { $0.rise < $1.rise }) else {
      return DriftPattern(shape: .step, start: onset, periods: last - onset + 1)
    }
    if biggest.rise >= (1 - buildUpShare) * change {
      return DriftPattern(shape: .step, start: biggest.index, periods: last - biggest.index + 1)
    }
    // A trend: it began with the first of the clean periods just before the onset that were
    // already raised above the usual size by a quarter of the onset's rise (the build-up), and by
    // more than twice the scatter of the clean sizes, so that noise is not taken for build-up.
    let scatter = 1.4826 * (median(cleanSizes.map { abs($0 - base) }) ?? 0)
    let bar = max(buildUpShare * ((size[onset] ?? level) - base), 2 * scatter)
    var startPosition = runStart
    while startPosition > 0, bar > 0, let earlier = size[known[startPosition - 1]],
      earlier - base >= bar
    {
      startPosition -= 1
    }
    let start = known[startPosition]
    return DriftPattern(shape: .trend, start: start, periods: last - start + 1)
  }

  /// The median of some values, `nil` when there are none.
  private static func median(_ values: [Double]) -> Double? {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return nil }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
