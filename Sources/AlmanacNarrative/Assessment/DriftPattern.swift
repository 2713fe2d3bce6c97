/// How a drifting feature changed: in one step, or over several periods.
///
/// The rule looks at the size of the change in each period, `m = sqrt(PSI)` (PSI grows with the
/// square of a small shift, so its root grows in step with the shift itself, and a steady trend
/// shows as steady rises):
///
/// 1. The *onset* is the first period of the feature's current run of detected drift.
/// 2. The *step* is the rise of `m` into the onset period: `m[onset] - m[onset - 1]`.
/// 3. The drift is **gradual** when any other period near it also rose by at least `buildUpShare`
///    of the step: the period before the onset (a build-up before the test fired) or any period
///    after it (the change keeps growing). Otherwise it is **sudden**: one step, then a plateau.
///
/// Gradual drift is dated from the start of its build-up (walking back from the onset while each
/// period rose by at least `buildUpShare` of the step); sudden drift from its step.
///
/// Without sizes to compare (no PSI around the onset, or no rise into it), a feature drifting in
/// every known period is gradual and any other is sudden from its onset.
///
/// Example (the demo): incomes rising a few percent a week give `m` of about 0.04, 0.1, 0.2, 0.3, so
/// the step at detection (0.1) follows a rise of 0.06: gradual. A campaign moving debt ratios in one
/// week gives 0.04, 0.05, 0.75, 0.76: the step (0.70) dwarfs every other rise: sudden, in that week
/// and in the weeks after while it stays.
public enum DriftPattern: Sendable, Equatable {
  /// A step change `periodsAgo` periods ago (0 is this period) that has stayed since.
  case sudden(periodsAgo: Int)
  /// A change that has built up over `periods` periods, this one included.
  case gradual(periods: Int)

  /// Classifies the drift of one feature.
  ///
  /// - Parameters:
  ///   - detected: Whether drift was detected, per period, oldest first, ending with this period.
  ///   - psi: The feature's PSI per period, aligned with `detected`; `nil` where unknown.
  ///   - buildUpShare: The share of the step another period must rise by to make drift gradual.
  /// - Returns: The pattern, or `nil` when drift is not detected in the last period.
  /// - Complexity: O(*n*) for *n* periods.
  public static func classify(detected: [Bool], psi: [Double?], buildUpShare: Double)
    -> DriftPattern?
  {
    precondition(detected.count == psi.count, "\(detected.count) flags but \(psi.count) PSI values")
    guard let isDrifting = detected.last, isDrifting else { return nil }
    let last = detected.count - 1
    var onset = last
    while onset > 0 && detected[onset - 1] { onset -= 1 }

    let size = psi.map { value -> Double? in
      guard let value, value.isFinite, value >= 0 else { return nil }
      return value.squareRoot()
    }
    func rise(_ index: Int) -> Double? {
      guard index >= 1, index < size.count, let now = size[index], let before = size[index - 1]
      else {
        return nil
      }
      return now - before
    }

    guard let step = rise(onset), step > 0 else {
      return onset == 0 && last > 0
        ? .gradual(periods: last + 1) : .sudden(periodsAgo: last - onset)
    }
    let bar = buildUpShare * step
    let others = ([onset - 1] + Array(onset + 1..<last + 1)).compactMap(rise)
    guard others.contains(where: { $0 >= bar }) else { return .sudden(periodsAgo: last - onset) }
    var start = onset
    while let before = rise(start - 1), before >= bar { start -= 1 }
    return .gradual(periods: last - start + 1)
  }
}
