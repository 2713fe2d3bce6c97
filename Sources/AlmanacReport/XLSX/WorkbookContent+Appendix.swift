import AlmanacNarrative

extension WorkbookContent {
  /// Every quality metric, measured and estimated, with intervals and comparisons.
  var metrics: SheetTable {
    SheetTable(
      name: "Metrics",
      columns: [
        .init(title: "Model", width: 22), .init(title: "Metric", width: 30),
        .init(title: "Value", width: 10), .init(title: "95% low", width: 10),
        .init(title: "95% high", width: 10), .init(title: "Baseline", width: 10),
        .init(title: "Baseline from", width: 16), .init(title: "Last period", width: 11),
        .init(title: "Estimated", width: 10), .init(title: "Declining since", width: 14),
        .init(title: "Periods declining", width: 11),
      ] + (hasBinnedFigures ? [.init(title: "Binned, within ±", width: 11)] : []),
      rows: report.models.flatMap { model in
        model.metrics.map { row(model, $0, estimated: false) }
          + model.estimated.map { row(model, $0, estimated: true) }
      },
      frozenColumns: 2)
  }

  /// Whether some figure was computed from an engine's bins: the metric and drift sheets then
  /// say, in a last column, how far each such figure may be from the rows' figure.
  var hasBinnedFigures: Bool {
    report.models.contains { model in
      (model.metrics + model.estimated).contains { $0.binningError != nil }
        || (model.drift.features + model.drift.outputs).contains { $0.binningError != nil }
    }
  }

  private func row(_ model: ModelReport, _ figure: MetricFigure, estimated: Bool) -> [SheetCell] {
    let style = NumberStyle(MetricStyle(metric: figure.name))
    return [
      .text(model.name), .text(MetricStyle.title(of: figure.name)), .number(figure.value, style),
      .number(figure.low, style), .number(figure.high, style), .number(figure.baseline, style),
      .text(figure.baselineSource.map(DisplayName.ofBaselineSource)),
      .number(figure.previous, style), .flag(estimated), .text(figure.since),
      figure.periods.map { .count($0) } ?? .blank,
    ] + (hasBinnedFigures ? [.number(figure.binningError, style)] : [])
  }

  /// One row per model and tested column: inputs first, then the score, prediction and outcome.
  var drift: SheetTable {
    SheetTable(
      name: "Drift",
      columns: [
        .init(title: "Model", width: 22), .init(title: "Column", width: 22),
        .init(title: "Role", width: 9), .init(title: "Kind", width: 12),
        .init(title: "Test", width: 30), .init(title: "Score", width: 9),
        .init(title: "Threshold", width: 10), .init(title: "Threshold basis", width: 16),
        .init(title: "PSI", width: 9), .init(title: "Drift detected", width: 10),
        .init(title: "Pattern", width: 12), .init(title: "Since", width: 11),
        .init(title: "Periods", width: 9),
      ] + (hasBinnedFigures ? [.init(title: "Binned, within ±", width: 11)] : []),
      rows: report.models.flatMap { model in
        model.drift.features.map { row(model, $0, role: "input") }
          + model.drift.outputs.map { row(model, $0, role: "output") }
      },
      frozenColumns: 2)
  }

  private func row(_ model: ModelReport, _ figure: FeatureDriftFigure, role: String) -> [SheetCell]
  {
    [
      .text(model.name), .text(figure.name), .text(role), .text(figure.kind),
      .text(DisplayName.ofDriftMethod(figure.method)), .number(figure.score, .decimal(places: 3)),
      .number(figure.threshold, .decimal(places: 3)),
      .text(DisplayName.ofThresholdBasis(figure.thresholdBasis)),
      .number(figure.psi, .decimal(places: 3)), .flag(figure.detected),
      .text(figure.pattern.map(DisplayName.ofDriftPattern)), .text(figure.since),
      figure.detected ? figure.periods.map { .count($0) } ?? .blank : .blank,
    ] + (hasBinnedFigures ? [.number(figure.binningError, .decimal(places: 3))] : [])
  }

  /// Everything a reader should know besides the findings: notes on the data (dates covered,
  /// skipped rows, unreadable cells), each model's green-level notes, and the columns left out of
  /// drift tests.
  var notes: SheetTable {
    let data: [[SheetCell]] = report.dataNotes.map { note in
      [.text(note.source), .text("Data"), .text(note.what)]
    }
    let models: [[SheetCell]] = report.models.flatMap { model in
      model.notes.map { [.text(model.name), .text(DisplayName.of($0.kind)), .text($0.what)] }
        + model.drift.excluded.map { column in
          [
            .text(model.name), .text("Left out of drift"),
            .text("\(column.name): \(column.explanation)"),
          ]
        }
    }
    return SheetTable(
      name: "Notes",
      columns: [
        .init(title: "About", width: 24), .init(title: "Note", width: 18),
        .init(title: "What", width: 90, wraps: true),
      ],
      rows: data + models, frozenColumns: 1)
  }

  /// One row per model: cost, value, net, ROI, unit cost, value lost.
  var economics: SheetTable {
    SheetTable(
      name: "Economics",
      columns: [
        .init(title: "Model", width: 22), .init(title: "Cost", width: 12),
        .init(title: "Value", width: 12), .init(title: "Net value", width: 12),
        .init(title: "ROI", width: 9), .init(title: "Cost per 1,000 predictions", width: 14),
        .init(title: "Value lost against baseline", width: 14),
        .init(title: "Value estimated", width: 11), .init(title: "Note", width: 40, wraps: true),
      ],
      rows: report.models.map { model in
        guard let money = model.economics else {
          return [.text(model.name)] + Array(repeating: .blank, count: 7)
            + [.text("No costs or values are configured for this model.")]
        }
        return [
          .text(model.name), .number(money.cost, .money), .number(money.value, .money),
          .number(money.net, .money), .number(money.roi, .percent(decimals: 0)),
          .number(money.costPerThousand, .unitMoney), .number(money.valueLost, .money),
          .flag(money.estimated), .blank,
        ]
      },
      frozenColumns: 1)
  }

  /// One row per registry gap.
  var governance: SheetTable {
    SheetTable(
      name: "Governance",
      columns: [
        .init(title: "Model", width: 22), .init(title: "Severity", width: 12),
        .init(title: "Gap", width: 22), .init(title: "What was found", width: 55, wraps: true),
        .init(title: "What to do", width: 55, wraps: true),
      ],
      rows: report.governance.map { finding in
        [
          .text(finding.model), .status(finding.severity), .text(DisplayName.of(finding.kind)),
          .text(finding.what), .text(finding.action),
        ]
      },
      frozenColumns: 1)
  }

  /// The terms the report uses, in plain words.
  var glossary: SheetTable {
    SheetTable(
      name: "Glossary",
      columns: [
        .init(title: "Term", width: 22), .init(title: "Meaning", width: 60, wraps: true),
        .init(title: "Analogy", width: 60, wraps: true),
      ],
      rows: report.glossary.map { [.text($0.term), .text($0.plain), .text($0.analogy)] },
      frozenColumns: 1)
  }
}
