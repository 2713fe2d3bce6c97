import AlmanacNarrative

/// The quality figure that leads a model's row and trend: accuracy for classifiers, mean absolute
/// error for regression models, measured if outcomes are known and estimated otherwise.
struct Quality {
  /// Whether the model is a regression model (its trend carries MAE, not accuracy).
  let isRegression: Bool
  /// The metric's name in the model: `accuracy` or `mae`.
  let metric: String
  /// The period's figure, if the model reports the metric.
  let figure: MetricFigure?
  /// Whether the figure is estimated because outcomes are not known yet.
  let isEstimated: Bool

  /// Picks the leading quality figure of a model.
  ///
  /// - Parameter model: The model.
  init(_ model: ModelReport) {
    let isRegression = model.task == "regression"
    let metric = isRegression ? "mae" : "accuracy"
    let measured = model.metrics.first { $0.name == metric }
    let estimated = model.estimated.first { $0.name == metric }
    self.isRegression = isRegression
    self.metric = metric
    figure = measured ?? estimated
    isEstimated = measured == nil && estimated != nil
  }

  /// How the metric is written.
  var style: MetricStyle { MetricStyle(metric: metric) }

  /// The metric's short name: `Accuracy` or `MAE`.
  var name: String { MetricStyle.shortTitle(of: metric) }
}
