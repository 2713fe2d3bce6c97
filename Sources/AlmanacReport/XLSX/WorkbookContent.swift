import AlmanacNarrative

/// The workbook's sheets built from a report: what each cell holds, before anything is written.
///
/// Sheets, in order: Summary (one row per model), Findings, Trends (a row per model and period,
/// with charts), Metrics, Drift (a row per model and column), Economics, Governance, Notes and
/// Glossary.
/// Values are the report's figures, stored as numbers with display formats matching the HTML page.
struct WorkbookContent {
  /// The report.
  let report: ReportModel

  /// Every sheet in workbook order.
  var tables: [SheetTable] {
    [summary, findings, trends.table, metrics, drift, economics, governance, notes, glossary]
  }

  /// One row per model: status, its own quality measure (accuracy or MAE) with the change since
  /// the previous period (in points for a percentage, as the page writes it), drift, volume,
  /// money, headline.
  var summary: SheetTable {
    SheetTable(
      name: "Summary",
      columns: [
        .init(title: "Model", width: 24), .init(title: "Owner", width: 18),
        .init(title: "Status", width: 12), .init(title: "Quality measure", width: 11),
        .init(title: "Quality", width: 10), .init(title: "Change", width: 11),
        .init(title: "Quality estimated", width: 11),
        .init(title: "Drift share", width: 10), .init(title: "Predictions", width: 13),
        .init(title: "Cost", width: 12), .init(title: "Value", width: 12),
        .init(title: "Net value", width: 12), .init(title: "ROI", width: 9),
        .init(title: "Headline", width: 70, wraps: true),
      ],
      rows: report.models.map { model in
        let quality = Quality(model)
        let headline = quality.headline
        return [
          .text(model.name), .text(model.owner), .status(model.status),
          headline == nil ? .blank : .text(quality.name),
          .number(headline?.value, .init(quality.style)),
          .number(
            headline?.change.map { quality.style.shownChange($0) }, .init(change: quality.style)),
          headline == nil ? .blank : .flag(quality.isEstimated),
          .number(model.drift.share, .percent(decimals: 0)), .count(model.volume.predictions),
          .number(model.economics?.cost, .money), .number(model.economics?.value, .money),
          .number(model.economics?.net, .money),
          .number(model.economics?.roi, .percent(decimals: 0)),
          .text(model.headline),
        ]
      },
      frozenColumns: 1, preamble: executiveSummary)
  }

  /// What the Summary sheet opens with: the title and period, the portfolio's headline, the
  /// models in each state and the money, as the page's summary says them.
  var executiveSummary: [PreambleLine] {
    let summary = report.summary
    let period = report.period
    let value = summary.valueEstimated ? "Value (partly estimated)" : "Value"
    return [
      .title("\(report.title): \(period.label), \(period.start) to \(period.end)"),
      .paragraph(summary.headline),
      .figure(SheetCell.label(of: .red), .count(summary.red)),
      .figure(SheetCell.label(of: .amber), .count(summary.amber)),
      .figure(SheetCell.label(of: .green), .count(summary.green)),
      .figure("Cost", .number(summary.cost, .money)),
      .figure(value, .number(summary.value, .money)),
      .figure("Net value", .number(summary.net, .money)),
    ]
  }

  /// One row per finding: what happened, what it means, what to do, what it costs or earns.
  var findings: SheetTable {
    SheetTable(
      name: "Findings",
      columns: [
        .init(title: "Model", width: 22), .init(title: "Severity", width: 12),
        .init(title: "Finding", width: 18), .init(title: "What happened", width: 48, wraps: true),
        .init(title: "What it means", width: 48, wraps: true),
        .init(title: "What to do", width: 48, wraps: true), .init(title: "Impact", width: 12),
      ],
      rows: report.models.flatMap { model in
        model.findings.map { finding in
          [
            .text(model.name), .status(finding.severity), .text(DisplayName.of(finding.kind)),
            .text(finding.what), .text(finding.meaning), .text(finding.action),
            .number(finding.impact, .money),
          ]
        }
      },
      frozenColumns: 1)
  }

  /// One row per model and period, and where each model's rows are, for the charts.
  var trends: (table: SheetTable, blocks: [TrendBlock]) {
    var rows: [[SheetCell]] = []
    var blocks: [TrendBlock] = []
    for model in report.models where !model.trend.isEmpty {
      let quality = Quality(model)
      let first = rows.count + 1
      rows += model.trend.map { point in
        [
          .text(model.name), .text(point.period), .count(point.predictions),
          .number(point.accuracy, .init(MetricStyle(metric: "accuracy"))),
          point.accuracy == nil ? .blank : .flag(point.estimated),
          .number(point.mae, .init(MetricStyle(metric: "mae"))),
          .number(point.driftShare, .percent(decimals: 0)), .number(point.net, .money),
        ]
      }
      let charted = quality.isRegression ? model.trend.map(\.mae) : model.trend.map(\.accuracy)
      blocks.append(
        TrendBlock(
          firstRow: first, lastRow: rows.count,
          measure: charted.contains { $0 != nil }
            ? TrendBlock.Measure(
              column: quality.isRegression ? 5 : 3, name: quality.name,
              axisFormat: NumberStyle(quality.style).excelFormat(currency: report.currency))
            : nil,
          estimated: model.trend.indices.filter { model.trend[$0].estimated },
          hasNet: model.trend.contains { $0.net != nil }))
    }
    let table = SheetTable(
      name: "Trends",
      columns: [
        .init(title: "Model", width: 22), .init(title: "Period", width: 11),
        .init(title: "Predictions", width: 13), .init(title: "Accuracy", width: 10),
        .init(title: "Accuracy estimated", width: 12), .init(title: "MAE", width: 9),
        .init(title: "Drift share", width: 10), .init(title: "Net value", width: 12),
      ],
      rows: rows, frozenColumns: 2)
    return (table, blocks)
  }
}

/// Where one model's rows sit on the Trends sheet (0-based sheet rows; the header is row 0), and
/// what its charts show.
struct TrendBlock: Equatable {
  /// A model's own quality measure: accuracy for classifiers, MAE for regression models.
  struct Measure: Equatable {
    /// The table's column holding it (0-based).
    var column: Int
    /// Its name on the chart's axis: `Accuracy` or `MAE`.
    var name: String
    /// The axis's Excel number format.
    var axisFormat: String
  }

  /// The first row of the model.
  var firstRow: Int
  /// The last row of the model.
  var lastRow: Int
  /// The quality measure to chart, `nil` when the model has no figure of it.
  var measure: Measure?
  /// The periods (offsets from `firstRow`) whose quality is estimated, not measured.
  var estimated: [Int]
  /// Whether the model has net values to chart.
  var hasNet: Bool
}
