internal import AlmanacIngest
internal import AlmanacMetrics

/// The registry side of the demo: each version's baseline metrics are measured on the reference
/// sample, as a training run logs its validation figures.
enum DemoBaselines {
  /// The demo's registered models with their versions and baselines.
  ///
  /// - Parameters:
  ///   - creditReference: Reference rows of credit-default: pred, proba, label, then features.
  ///   - demandReference: Reference rows of store-demand: prediction, actual, then features.
  /// - Returns: The registry's models.
  static func models(creditReference: [[String]], demandReference: [[String]]) -> [DemoRegistry
    .Model]
  {
    let scores = creditReference.map { Double($0[1]) ?? 0 }
    let outcomes = creditReference.map { $0[2] == "1" }
    let predictions = demandReference.map { Double($0[0]) ?? 0 }
    let actuals = demandReference.map { Double($0[1]) ?? 0 }
    func credit(threshold: Double) -> [(String, Double)] {
      let metrics = BinaryClassificationMetrics(
        actual: outcomes, predicted: scores.map { $0 >= threshold }, scores: scores)
      return [
        ("accuracy", metrics.accuracy?.value), ("roc_auc", metrics.rocAUC?.value),
        ("f1", metrics.f1?.value), ("log_loss", metrics.logLoss),
      ].compactMap { name, value in value.map { (name, rounded($0)) } }
    }
    func demand(bias: Double) -> [(String, Double)] {
      let metrics = RegressionMetrics(actual: actuals, predicted: predictions.map { $0 * bias })
      return [
        ("rmse", metrics.rmse?.value), ("mae", metrics.mae?.value), ("mape", metrics.mape),
        ("r2", metrics.r2),
      ].compactMap { name, value in value.map { (name, rounded($0)) } }
    }
    return [
      DemoRegistry.Model(
        name: "credit-default",
        description:
          "Probability of default for retail credit applications. Scores of 0.5 and above decline the application.",
        tags: [
          ("owner", "ana.silva"), ("team", "credit-risk-ml"), ("business_unit", "Retail Lending"),
        ],
        versions: [
          .init(
            model: "credit-default", version: "3", stage: "Staging", alias: "challenger",
            registered: date("2026-10-05"), runID: "5d0c0ffee0a54c1e9d3a2b7c4e8f1a03",
            baseline: credit(threshold: 0.45)),
          .init(
            model: "credit-default", version: "4", stage: "Production", alias: "champion",
            registered: date("2026-08-10"), runID: "5d0c0ffee0a54c1e9d3a2b7c4e8f1a04",
            baseline: credit(threshold: 0.5)),
        ]),
      DemoRegistry.Model(
        name: "store-demand",
        description: "Daily units sold per store, used to plan deliveries. Retrained monthly.",
        tags: [
          ("owner", "li.wei"), ("team", "supply-chain-analytics"),
          ("business_unit", "Retail Operations"),
        ],
        versions: [
          .init(
            model: "store-demand", version: "6", stage: "Archived", alias: nil,
            registered: date("2025-12-01"), runID: "7e1d5eed0b6a4f2d8c4b3a9d5f0e2b06",
            baseline: demand(bias: 1.02)),
          .init(
            model: "store-demand", version: "7", stage: "Production", alias: "champion",
            registered: date("2026-03-02"), runID: "7e1d5eed0b6a4f2d8c4b3a9d5f0e2b07",
            baseline: demand(bias: 1)),
        ]),
    ]
  }

  /// Four decimals, as a training script would log them.
  private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

  /// A registration day given as `YYYY-MM-DD`; the demo's dates are literals, so a typo falls back
  /// to the demo's report date rather than stopping the demo.
  private static func date(_ text: String) -> CalendarDay {
    CalendarDay(iso: text) ?? DemoCalendar.standard.asOf
  }
}
