extension ModelPeriodFigures {
  /// How error messages name these figures.
  var recordName: String { "model \"\(model)\" for \(period.label)" }

  /// The column name and value of the first real figure that is NaN or infinite, if any.
  var firstNonFiniteFigure: (field: String, value: Double)? {
    let optionalFigures: [(String, Double?)] = [
      ("drift_share", driftShare), ("cost", cost), ("value", value), ("net", net),
    ]
    let metricFigures = metrics.flatMap { metric -> [(String, Double?)] in
      let prefix = "metric \(metric.name)\(metric.estimated ? " (estimated)" : "")"
      return [
        ("\(prefix) value", metric.value), ("\(prefix) low", metric.low),
        ("\(prefix) high", metric.high),
      ]
    }
    for case (let field, let number?) in optionalFigures + metricFigures where !number.isFinite {
      return (field, number)
    }
    return nil
  }
}
