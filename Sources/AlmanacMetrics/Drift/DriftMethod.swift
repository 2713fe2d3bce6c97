/// A way of measuring how far a column's current distribution has moved from its reference.
///
/// Raw values are the method names of the JSON report.
public enum DriftMethod: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
  /// Two-sample Kolmogorov-Smirnov test; score is the p-value.
  case ks
  /// Chi-square goodness-of-fit of current counts against scaled reference counts; p-value.
  case chiSquare = "chi_square"
  /// Two-proportion Z test (pooled variance, two-sided); p-value. Binary columns only.
  case z
  /// Wasserstein-1 distance divided by max(reference population std, 0.001); a distance.
  case wasserstein
  /// Jensen-Shannon distance (natural logarithm) of the two frequency tables; a distance.
  case jensenShannon = "jensen_shannon"
  /// Population stability index of the two frequency tables; a distance.
  case psi

  /// Whether the score is a p-value (small means drift) rather than a distance (large means drift).
  public var scoreIsPValue: Bool {
    switch self {
    case .ks, .chiSquare, .z: true
    case .wasserstein, .jensenShannon, .psi: false
    }
  }

  /// The default threshold: 0.05 for p-values, 0.1 for distances (Evidently's defaults).
  public var defaultThreshold: Double {
    scoreIsPValue ? 0.05 : 0.1
  }

  /// Whether the method can measure a column of this kind.
  ///
  /// KS and Wasserstein need ordered numbers; the others compare frequency tables and apply to
  /// both kinds (Z also needs at most two distinct values, which only the data can tell: on more
  /// it reports no score, with ``DriftUndefinedReason/moreThanTwoValues``).
  ///
  /// - Parameter kind: The column kind.
  /// - Returns: `true` when the method applies.
  public func applies(to kind: ColumnKind) -> Bool {
    switch self {
    case .ks, .wasserstein: kind == .numeric
    case .chiSquare, .z, .jensenShannon, .psi: true
    }
  }

  /// The drift verdict for a score.
  ///
  /// KS: p ≤ threshold; chi-square and Z: p < threshold; distances: score ≥ threshold (Evidently's
  /// rules, kept exactly).
  ///
  /// - Parameters:
  ///   - score: The p-value or distance.
  ///   - threshold: The threshold.
  /// - Returns: Whether drift is detected.
  public func isDrift(score: Double, threshold: Double) -> Bool {
    switch self {
    case .ks: score <= threshold
    case .chiSquare, .z: score < threshold
    case .wasserstein, .jensenShannon, .psi: score >= threshold
    }
  }

  /// The method the automatic rule picks.
  ///
  /// The rule is DESIGN.md's ("Numeric core"), Evidently's defaults:
  ///
  /// | reference rows | column and distinct values (both periods) | method |
  /// |---|---|---|
  /// | ≤ 1000 | numeric, > 5 | `ks` |
  /// | ≤ 1000 | numeric 3-5, or categorical > 2 | `chi_square` |
  /// | ≤ 1000 | ≤ 2 | `z` |
  /// | > 1000 | numeric, > 5 | `wasserstein` |
  /// | > 1000 | numeric ≤ 5, or categorical | `jensen_shannon` |
  ///
  /// - Parameters:
  ///   - kind: The column kind.
  ///   - referenceCount: Non-missing reference rows.
  ///   - distinctCount: Distinct values over reference and current together.
  /// - Returns: The method.
  public static func automatic(kind: ColumnKind, referenceCount: Int, distinctCount: Int)
    -> DriftMethod
  {
    let isOrderedAndVaried = kind == .numeric && distinctCount > 5
    if referenceCount <= 1000 {
      if isOrderedAndVaried { return .ks }
      return distinctCount > 2 ? .chiSquare : .z
    }
    return isOrderedAndVaried ? .wasserstein : .jensenShannon
  }
}
