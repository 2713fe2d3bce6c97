import AlmanacNarrative

/// How a quality metric is named and written, the same in every format.
///
/// Shares (accuracy, precision, recall, MAPE) read as percentages with one decimal; scores without
/// a unit (F1, ROC AUC, log loss, Brier, R²) with three decimals; errors in the target's own unit
/// (MAE, RMSE, mean error) with two.
enum MetricStyle: Equatable {
  /// A share shown as a percentage.
  case percent(decimals: Int)
  /// A plain number.
  case decimal(places: Int)

  /// The style of a metric, by its name in the report model.
  ///
  /// - Parameter metric: `accuracy`, `mae`, …; unknown names get three decimals.
  init(metric: String) {
    switch metric {
    case "accuracy", "precision", "recall", "mape": self = .percent(decimals: 1)
    case "mae", "rmse", "mean_error": self = .decimal(places: 2)
    default: self = .decimal(places: 3)
    }
  }

  /// Writes a value of this metric.
  ///
  /// - Parameter value: The value; non-finite values read `n/a`.
  /// - Returns: The text, through `Wording`.
  func format(_ value: Double) -> String {
    switch self {
    case .percent(let decimals): Wording.percent(value, decimals: decimals)
    case .decimal(let places): Wording.number(value, decimals: places)
    }
  }

  /// Writes a change of this metric between two periods: percentage points for shares
  /// (`-4.1 pts`), the metric's own unit otherwise (`+0.47`).
  ///
  /// - Parameter change: The new value minus the old one.
  /// - Returns: The text, through `Wording`.
  func formatChange(_ change: Double) -> String {
    switch self {
    case .percent(let decimals): Wording.signed(shownChange(change), decimals: decimals) + " pts"
    case .decimal(let places): Wording.signed(shownChange(change), decimals: places)
    }
  }

  /// Writes the size of a change without its sign, for sentences that say "up" or "down":
  /// `4.1 pts`, `0.47`.
  ///
  /// - Parameter change: The new value minus the old one.
  /// - Returns: The text, through `Wording`.
  func formatDistance(_ change: Double) -> String {
    switch self {
    case .percent(let decimals):
      Wording.number(abs(shownChange(change)), decimals: decimals) + " pts"
    case .decimal(let places): Wording.number(abs(change), decimals: places)
    }
  }

  /// A change in the unit it is shown in: percentage points for shares, the metric's own unit
  /// otherwise.
  ///
  /// - Parameter change: The new value minus the old one.
  /// - Returns: The change in points or in the metric's unit.
  func shownChange(_ change: Double) -> Double {
    switch self {
    case .percent: change * 100
    case .decimal: change
    }
  }

  /// The metric's name for readers.
  ///
  /// - Parameter metric: The name in the report model.
  /// - Returns: `Accuracy`, `ROC AUC`, …, or the name itself when unknown.
  static func title(of metric: String) -> String {
    switch metric {
    case "accuracy": "Accuracy"
    case "precision": "Precision"
    case "recall": "Recall"
    case "f1": "F1 score"
    case "roc_auc": "ROC AUC"
    case "log_loss": "Log loss"
    case "brier": "Brier score"
    case "mae": "Mean absolute error"
    case "rmse": "Root mean squared error"
    case "mape": "Mean absolute percentage error"
    case "r2": "R²"
    case "mean_error": "Mean error"
    default: metric
    }
  }

  /// A short name for table columns and chart titles: `MAE` rather than the full name.
  ///
  /// - Parameter metric: The name in the report model.
  /// - Returns: The short name.
  static func shortTitle(of metric: String) -> String {
    switch metric {
    case "mae", "rmse", "mape": metric.uppercased()
    default: title(of: metric)
    }
  }
}
