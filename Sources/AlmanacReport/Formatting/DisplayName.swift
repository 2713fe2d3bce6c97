import AlmanacNarrative

/// Reader-facing names for the codes in the report model (finding kinds, tasks, drift methods).
enum DisplayName {
  /// The name of a finding's kind.
  ///
  /// - Parameter kind: The kind.
  /// - Returns: A short phrase such as `Accuracy decline`.
  static func of(_ kind: Finding.Kind) -> String {
    switch kind {
    case .accuracyDecline: "Accuracy decline"
    case .suddenDrift: "Sudden drift"
    case .gradualDrift: "Gradual drift"
    case .intermittentDrift: "On-and-off drift"
    case .dataDrift: "Data drift"
    case .labelsMissing: "Outcomes missing"
    case .estimateChecked: "Estimate checked"
    case .noTraffic: "No traffic"
    case .volumeChange: "Volume change"
    case .negativeValue: "Negative value"
    case .risingCost: "Rising cost"
    }
  }

  /// The name of a governance finding's kind.
  ///
  /// - Parameter kind: The kind.
  /// - Returns: A short phrase such as `No owner`.
  static func of(_ kind: GovernanceFinding.Kind) -> String {
    switch kind {
    case .noOwner: "No owner"
    case .staleVersion: "Stale version"
    case .severalServing: "Several versions serving"
    case .unregisteredVersion: "Unregistered version"
    case .unmonitored: "Not monitored"
    case .noDescription: "No description"
    }
  }

  /// The name of a model's task.
  ///
  /// - Parameter task: `binary-classification`, `multiclass-classification` or `regression`.
  /// - Returns: `Binary classifier`, …, or the code itself when unknown.
  static func ofTask(_ task: String) -> String {
    switch task {
    case "binary-classification": "Binary classifier"
    case "multiclass-classification": "Multiclass classifier"
    case "regression": "Regression"
    default: task
    }
  }

  /// Where a baseline comes from, in a few words.
  ///
  /// - Parameter source: `config`, `registry` or `reference`.
  /// - Returns: `target in the config`, `model registry` or `reference data`.
  static func ofBaselineSource(_ source: String) -> String {
    switch source {
    case "config": "target in the config"
    case "registry": "model registry"
    case "reference": "reference data"
    default: source
    }
  }

  /// What a drift threshold rests on, for a reader; `nil` for the method's default.
  ///
  /// - Parameter basis: `default`, `config` or `noise`.
  /// - Returns: `set in the config`, `moved for chance`, or `nil`.
  static func ofThresholdBasis(_ basis: String) -> String? {
    switch basis {
    case "config": "set in the config"
    case "noise": "moved for chance"
    default: nil
    }
  }

  /// Why a column is left out of drift tests.
  ///
  /// - Parameter reason: `id_like` or `constant`.
  /// - Returns: A short explanation.
  static func ofExclusion(_ reason: String) -> String {
    switch reason {
    case "id_like": "an identifier, counter or time: every value is new, so it always differs"
    case "constant": "one value throughout the reference: nothing to compare"
    default: reason
    }
  }

  /// The name of a drift pattern.
  ///
  /// - Parameter pattern: `step`, `trend` or `intermittent`.
  /// - Returns: `Step`, `Trend` or `On and off`.
  static func ofDriftPattern(_ pattern: String) -> String {
    switch pattern {
    case "step": "Step"
    case "trend": "Trend"
    case "intermittent": "On and off"
    default: pattern
    }
  }

  /// The name of a drift test.
  ///
  /// - Parameter method: `ks`, `chi_square`, `z`, `wasserstein`, `jensen_shannon` or `psi`.
  /// - Returns: The test's name and what its score is, or the code itself when unknown.
  static func ofDriftMethod(_ method: String) -> String {
    switch method {
    case "ks": "Kolmogorov–Smirnov (p-value)"
    case "chi_square": "Chi-square (p-value)"
    case "z": "Two-proportion Z (p-value)"
    case "wasserstein": "Wasserstein (normed distance)"
    case "jensen_shannon": "Jensen–Shannon (distance)"
    case "psi": "PSI"
    default: method
    }
  }
}
