extension ModelPeriodFigures {
  /// How error messages name these figures.
  var recordName: String { "model \"\(model)\" for \(period.label)" }

  /// The first way these figures break the history's schema, in words, or `nil` when they would
  /// be recorded.
  ///
  /// The same rules as the schema's constraints (see `HistoryMigrations`), checked before anything
  /// is written: a run checks its figures before it publishes its reports, so no report is ever
  /// published whose figures the history then refuses.
  public var schemaProblem: String? {
    if let (field, number) = firstNonFiniteFigure {
      return "\(field) is \(number), not a finite number"
    }
    if model.isEmpty { return "the model's name is empty" }
    if let problem = period.schemaProblem { return problem }
    if predictions < 0 { return "predictions is \(predictions), below 0" }
    if labelled < 0 || labelled > predictions {
      return "labelled is \(labelled), outside 0 to \(predictions) predictions"
    }
    if let share = driftShare, !(0...1).contains(share) {
      return "drift_share is \(share), outside 0 to 1"
    }
    if let unit = costPerThousand {
      if unit < 0 { return "cost_per_thousand is \(unit), below 0" }
      if predictions == 0 { return "cost_per_thousand is set for a period without predictions" }
    }
    var metricKeys: Set<String> = []
    for metric in metrics {
      let name = "metric \(metric.name)\(metric.estimated ? " (estimated)" : "")"
      if metric.name.isEmpty { return "a metric has no name" }
      if !metricKeys.insert(name).inserted { return "\(name) is given twice" }
      if let low = metric.low, low > metric.value {
        return "\(name): its low bound \(low) is above its value \(metric.value)"
      }
      if let high = metric.high, high < metric.value {
        return "\(name): its high bound \(high) is below its value \(metric.value)"
      }
    }
    var featureNames: Set<String> = []
    for feature in features {
      if let problem = feature.schemaProblem { return "feature \(feature.name): \(problem)" }
      if !featureNames.insert(feature.name).inserted {
        return "feature \(feature.name) is given twice"
      }
    }
    return nil
  }

  /// The first record of a run's figures that the schema would refuse, with why: a broken figure,
  /// or a model and period given twice.
  ///
  /// - Parameter figures: The figures a run is about to record.
  /// - Returns: How errors name the record and the problem, or `nil` when all would be recorded.
  public static func schemaProblem(of figures: [ModelPeriodFigures]) -> (
    record: String, problem: String
  )? {
    var seen: Set<[String]> = []
    for entry in figures {
      if let problem = entry.schemaProblem { return (entry.recordName, problem) }
      if !seen.insert([entry.model, entry.period.label]).inserted {
        return (entry.recordName, "the model and period are given twice")
      }
    }
    return nil
  }

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

extension StoredFeatureDrift {
  /// The method names the schema accepts.
  static let methods: Set<String> = [
    "ks", "chi_square", "z", "wasserstein", "jensen_shannon", "psi",
  ]

  /// The first way this drift test breaks the schema, or `nil`.
  var schemaProblem: String? {
    if name.isEmpty { return "the name is empty" }
    if !Self.methods.contains(method) { return "\(method) is not a drift method" }
    if let score, score < 0 { return "its score \(score) is below 0" }
    if threshold < 0 { return "its threshold \(threshold) is below 0" }
    if let psi, psi < 0 { return "its PSI \(psi) is below 0" }
    if let score, ["ks", "chi_square", "z"].contains(method), score > 1 {
      return "its p-value \(score) is above 1"
    }
    if detected && score == nil { return "drift is detected without a score" }
    return nil
  }
}

extension HistoryPeriod {
  /// The first way this period breaks the schema, or `nil`: a non-empty label and real calendar
  /// dates from 0001-01-01 to 9999-12-31 (SQLite's date range), in order.
  public var schemaProblem: String? {
    if label.isEmpty { return "the period's label is empty" }
    for date in [start, end] where !Self.isCalendarDate(date) {
      return "\(date) is not a date from 0001-01-01 to 9999-12-31"
    }
    if start > end { return "the period starts (\(start)) after it ends (\(end))" }
    return nil
  }

  /// Whether a text is `YYYY-MM-DD` naming a real day of years 1 to 9999.
  static func isCalendarDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...9999).contains(year), (1...12).contains(month), day >= 1
    else { return false }
    let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }
}
