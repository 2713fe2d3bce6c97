/// Which of a period's two headline figures the report leads with: the one measured on labelled
/// predictions, or the one estimated from scores.
///
/// Measured when at least `labelledShare` of the predictions have a known outcome (the early part of
/// a week is a biased sample of it), or when there is no estimate; estimated otherwise. The same rule
/// serves figures measured now and figures read back from history, so a trend never mixes the two.
enum HeadlineChoice {
  /// The figure to lead with and whether it is the estimate.
  ///
  /// - Parameters:
  ///   - measured: The figure measured on labelled predictions, if any.
  ///   - estimated: The figure estimated from scores, if any.
  ///   - labelled: Predictions with a known outcome.
  ///   - predictions: All predictions of the period.
  ///   - labelledShare: The share of labelled predictions from which the measured figure leads.
  /// - Returns: The figure and `true` when it is the estimate; `nil` when there is neither.
  static func choose<Figure>(
    measured: Figure?, estimated: Figure?, labelled: Int, predictions: Int, labelledShare: Double
  ) -> (figure: Figure, isEstimated: Bool)? {
    let enoughLabels = Double(labelled) >= labelledShare * Double(predictions)
    if let measured, enoughLabels || estimated == nil { return (measured, false) }
    return estimated.map { ($0, true) }
  }
}
