import AlmanacNarrative
public import AlmanacReport

/// A rich, fixed report for renderer tests and golden files.
///
/// Four models cover every branch a renderer has: a healthy classifier, a regression model on
/// watch, a failing classifier with findings of every severity, and a classifier without outcomes
/// (estimated accuracy) and without economics. Trends hold eight weeks with gaps. The figures are
/// made up but consistent (net = value - cost, ROI = net / cost, portfolio totals = sums), so a
/// reader of a golden file sees a believable report. `generatedAt` is fixed, so output never
/// depends on the clock.
public enum SampleReport {
  /// The period every sample report covers.
  public static let period = PeriodSummary(
    label: "2026-W47", start: "2026-11-16", end: "2026-11-22", partial: true, daysWithData: 6)

  /// The labels of the eight trend weeks, oldest first.
  public static let trendWeeks = (40...47).map { "2026-W\($0)" }

  /// Builds the sample report.
  ///
  /// - Returns: The same report on every call.
  public static func make() -> ReportModel {
    ReportModel(
      generatedAt: "2026-11-23T06:00:00Z",
      title: "Weekly model health",
      organization: "Northwind Bank",
      currency: "USD",
      period: period,
      summary: PortfolioSummary(
        models: 4, green: 1, amber: 2, red: 1, cost: 11_360.90, value: 73_970.00, net: 62_609.10,
        valueEstimated: false,
        headline: """
          Four models made 1.2 million predictions this week. One needs action now: \
          fraud-screening lost 4 points of accuracy and cost more than it earned. Across the \
          portfolio the models earned $74.0k for $11.4k of cost, a net value of $62.6k.
          """),
      models: [fraudScreening, storeDemand, marketingUplift, creditDefault],
      governance: governance,
      glossary: glossary,
      dataNotes: [
        DataNote(
          kind: .skippedRows, source: "exports/fraud/predictions-2026-11-18.csv.gz",
          what: "3 rows could not be read and were skipped.", skippedRows: 3,
          reasons: [
            #"exports/fraud/predictions-2026-11-18.csv.gz:214:5: column "amount": "#
              + #"cannot read "1.234,50" as a number"#,
            #"exports/fraud/predictions-2026-11-18.csv.gz:9031:2: column "ts": "#
              + #"cannot read "18/11/2026" as a date"#,
          ]),
        DataNote(
          kind: .dataDates, source: "prediction logs",
          what:
            "2026-W47 is partial: the prediction logs cover 2026-09-28 to 2026-11-21, so it has data"
            + " on only some of its days."),
      ],
      branding: Branding(
        accentColor: "#1F4E79", logoText: "NORTHWIND",
        footer: "Confidential: prepared for the executive committee of Northwind Bank."))
  }

  /// A weekly trend from parallel columns; `nil` marks a gap.
  static func trend(
    predictions: [Int], accuracy: [Double?]? = nil, mae: [Double?]? = nil,
    estimated: Bool = false, driftShare: [Double?], net: [Double?]
  ) -> [TrendPoint] {
    trendWeeks.indices.map { index in
      TrendPoint(
        period: trendWeeks[index], predictions: predictions[index], accuracy: accuracy?[index],
        mae: mae?[index], estimated: estimated, driftShare: driftShare[index], net: net[index])
    }
  }
}
