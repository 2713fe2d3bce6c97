import AlmanacNarrative

/// The quality figure that leads a model's row and trend: accuracy for classifiers, mean absolute
/// error for regression models, measured if outcomes are known and estimated otherwise.
struct Quality {
  /// Whether the model is a regression model (its trend carries MAE, not accuracy).
  let isRegression: Bool
  /// The metric's name in the model: `accuracy` or `mae`.
  let metric: String
  /// The figure the model leads with, if any.
  let headline: HeadlineQuality?

  /// The leading quality figure of a model, as the pipeline chose it.
  ///
  /// - Parameter model: The model.
  init(_ model: ModelReport) {
    isRegression = model.task == "regression"
    metric = model.quality?.metric ?? (isRegression ? "mae" : "accuracy")
    headline = model.quality
  }

  /// Whether the figure is estimated because outcomes are not known yet.
  var isEstimated: Bool { headline?.isEstimated ?? false }

  /// How the metric is written.
  var style: MetricStyle { MetricStyle(metric: metric) }

  /// The metric's short name: `Accuracy` or `MAE`.
  var name: String { MetricStyle.shortTitle(of: metric) }
}
