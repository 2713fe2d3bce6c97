extension ModelFacts {
  /// The median of the last `thresholds.usualPeriods` known values of a figure in the history:
  /// the usual level that volume and cost are compared with.
  ///
  /// - Parameter figure: The figure of an earlier period, `nil` where unknown or not to be counted.
  /// - Returns: The median, or `nil` when no recent period has the figure.
  func usual(_ figure: (PeriodFacts) -> Double?) -> Double? {
    let values = history.suffix(max(thresholds.usualPeriods, 1)).compactMap(figure).sorted()
    guard !values.isEmpty else { return nil }
    let middle = values.count / 2
    return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
  }

  /// How many of the latest earlier periods in a row meet a condition, counting back from the one
  /// just before this period.
  ///
  /// - Parameter condition: The condition.
  /// - Returns: The length of the run, 0 when the previous period does not meet it.
  func trailingRun(_ condition: (PeriodFacts) -> Bool) -> Int {
    var count = 0
    for period in history.reversed() {
      guard condition(period) else { break }
      count += 1
    }
    return count
  }
}
