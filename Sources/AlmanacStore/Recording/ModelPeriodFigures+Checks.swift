extension ModelPeriodFigures {
  /// How error messages name these figures.
  var recordName: String { "model \"\(model)\" for \(period.label)" }

  /// The column name and value of the first real figure that is NaN or infinite, if any.
  var firstNonFiniteFigure: (field: String, value: Double)? {
    let optionalFigures: [(String, Double?)] = [
      ("drift_share", driftShare), ("cost", cost), ("value", value), ("net", net),
      ("cost_per_thousand", costPerThousand),
    ]
    let metricFigures = metrics.flatMap { metric -> [(String, Double?)] in
      let prefix = "metric \(metric.name)\(metric.estimated ? " (estimated)" : "")"
      return [
        ("\(prefix) value", metric.value), ("\(prefix) low", metric.low),
        ("\(prefix) high", metric.high),
      ]
    }
    let featureFigures = features.flatMap { feature -> [(String, Double?)] in
      let prefix = "feature \(feature.name)"
      return [
        ("\(prefix) score", feature.score), ("\(prefix) threshold", feature.threshold),
        ("\(prefix) psi", feature.psi),
      ]
    }
    for case (let field, let number?) in optionalFigures + metricFigures + featureFigures
    where !number.isFinite {
      return (field, number)
    }
    return nil
  }
}
