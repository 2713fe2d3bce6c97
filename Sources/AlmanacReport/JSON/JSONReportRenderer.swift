internal import AlmanacNarrative

/// Writes a report as JSON following the `almanac.report/1` contract in DESIGN.md.
///
/// Field names are snake_case, numbers are plain JSON numbers and a missing figure is `null`. Metrics
/// are an object keyed by metric name in the model's order.
public struct JSONReportRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The report as JSON text.
  ///
  /// - Parameter report: The report.
  /// - Returns: The JSON document, ending with a line break.
  public func render(_ report: ReportModel) -> String {
    document(report).serialized()
  }

  /// The report as a JSON value.
  ///
  /// - Parameter report: The report.
  /// - Returns: The document.
  public func document(_ report: ReportModel) -> JSONValue {
    .object([
      JSONMember("schema", .string(ReportModel.schema)),
      JSONMember("generated_at", .string(report.generatedAt)),
      JSONMember("title", .string(report.title)),
      JSONMember("organization", .string(report.organization)),
      JSONMember("currency", .string(report.currency)),
      JSONMember("period", period(report.period)),
      JSONMember("summary", summary(report.summary)),
      JSONMember("models", .array(report.models.map(model))),
      JSONMember("governance", .array(report.governance.map(governance))),
      JSONMember("glossary", .array(report.glossary.map(glossary))),
      JSONMember("data_notes", .array(report.dataNotes.map(dataNote))),
    ])
  }

  private func period(_ period: PeriodSummary) -> JSONValue {
    .object([
      JSONMember("label", .string(period.label)), JSONMember("start", .string(period.start)),
      JSONMember("end", .string(period.end)), JSONMember("partial", .bool(period.partial)),
      JSONMember("days_with_data", period.daysWithData.map(JSONValue.int) ?? .null),
    ])
  }

  private func summary(_ summary: PortfolioSummary) -> JSONValue {
    .object([
      JSONMember("models", .int(summary.models)), JSONMember("green", .int(summary.green)),
      JSONMember("amber", .int(summary.amber)), JSONMember("red", .int(summary.red)),
      JSONMember("cost", .number(summary.cost)), JSONMember("value", .number(summary.value)),
      JSONMember("net", .number(summary.net)),
      JSONMember("value_estimated", .bool(summary.valueEstimated)),
      JSONMember("headline", .string(summary.headline)),
    ])
  }

  private func model(_ model: ModelReport) -> JSONValue {
    .object([
      JSONMember("name", .string(model.name)),
      JSONMember("versions", .array(model.versions.map(JSONValue.string))),
      JSONMember("owner", .string(model.owner)), JSONMember("stage", .string(model.stage)),
      JSONMember("task", .string(model.task)), JSONMember("status", .string(model.status.rawValue)),
      JSONMember("headline", .string(model.headline)),
      JSONMember(
        "volume",
        .object([
          JSONMember("predictions", .int(model.volume.predictions)),
          JSONMember("labelled", .int(model.volume.labelled)),
        ])),
      JSONMember("metrics", metrics(model.metrics)),
      JSONMember("estimated", metrics(model.estimated)),
      JSONMember("drift", drift(model.drift)),
      JSONMember("economics", model.economics.map(economics) ?? .null),
      JSONMember("findings", .array(model.findings.map(finding))),
      JSONMember("notes", .array(model.notes.map(note))),
      JSONMember("trend", .array(model.trend.map(trendPoint))),
    ])
  }

  private func metrics(_ figures: [MetricFigure]) -> JSONValue {
    .object(
      figures.map { figure in
        JSONMember(
          figure.name,
          .object(
            [
              JSONMember("value", .number(figure.value)), JSONMember("low", .number(figure.low)),
              JSONMember("high", .number(figure.high)),
              JSONMember("baseline", .number(figure.baseline)),
              JSONMember("baseline_source", .string(figure.baselineSource)),
              JSONMember("previous", .number(figure.previous)),
              JSONMember("since", .string(figure.since)),
              JSONMember("periods", figure.periods.map(JSONValue.int) ?? .null),
            ] + Self.binning(figure.binningError)))
      })
  }

  private func drift(_ drift: DriftSection) -> JSONValue {
    .object([
      JSONMember("share", .number(drift.share)), JSONMember("detected", .bool(drift.detected)),
      JSONMember("features", .array(drift.features.map(driftFigure))),
      JSONMember("outputs", .array(drift.outputs.map(driftFigure))),
      JSONMember(
        "excluded",
        .array(
          drift.excluded.map { column in
            .object([
              JSONMember("name", .string(column.name)),
              JSONMember("reason", .string(column.reason)),
            ])
          })),
    ])
  }

  private func driftFigure(_ figure: FeatureDriftFigure) -> JSONValue {
    .object(
      [
        JSONMember("name", .string(figure.name)), JSONMember("kind", .string(figure.kind)),
        JSONMember("method", .string(figure.method)), JSONMember("score", .number(figure.score)),
        JSONMember("threshold", .number(figure.threshold)),
        JSONMember("threshold_basis", .string(figure.thresholdBasis)),
        JSONMember("detected", .bool(figure.detected)), JSONMember("psi", .number(figure.psi)),
        JSONMember("pattern", .string(figure.pattern)), JSONMember("since", .string(figure.since)),
        JSONMember("periods", figure.periods.map(JSONValue.int) ?? .null),
      ] + Self.binning(figure.binningError))
  }

  /// The `binning_error` member of a figure computed from an engine's bins.
  ///
  /// It says how far the figure may be from the one the rows would give; exact figures have no
  /// such member.
  private static func binning(_ error: Double?) -> [JSONMember] {
    error.map { [JSONMember("binning_error", .number($0))] } ?? []
  }

  private func economics(_ figures: EconomicsFigures) -> JSONValue {
    .object([
      JSONMember("cost", .number(figures.cost)), JSONMember("value", .number(figures.value)),
      JSONMember("net", .number(figures.net)), JSONMember("roi", .number(figures.roi)),
      JSONMember("cost_per_1k", .number(figures.costPerThousand)),
      JSONMember("value_lost", .number(figures.valueLost)),
      JSONMember("estimated", .bool(figures.estimated)),
    ])
  }

  private func finding(_ finding: Finding) -> JSONValue {
    .object([
      JSONMember("kind", .string(finding.kind.rawValue)),
      JSONMember("severity", .string(finding.severity.rawValue)),
      JSONMember("what", .string(finding.what)), JSONMember("meaning", .string(finding.meaning)),
      JSONMember("action", .string(finding.action)), JSONMember("impact", .number(finding.impact)),
    ])
  }

  private func note(_ note: Note) -> JSONValue {
    .object([
      JSONMember("kind", .string(note.kind.rawValue)), JSONMember("what", .string(note.what)),
    ])
  }

  private func trendPoint(_ point: TrendPoint) -> JSONValue {
    .object([
      JSONMember("period", .string(point.period)),
      JSONMember("predictions", .int(point.predictions)),
      JSONMember("accuracy", .number(point.accuracy)), JSONMember("mae", .number(point.mae)),
      JSONMember("estimated", .bool(point.estimated)),
      JSONMember("drift_share", .number(point.driftShare)), JSONMember("net", .number(point.net)),
    ])
  }

  private func governance(_ finding: GovernanceFinding) -> JSONValue {
    .object([
      JSONMember("model", .string(finding.model)),
      JSONMember("kind", .string(finding.kind.rawValue)),
      JSONMember("severity", .string(finding.severity.rawValue)),
      JSONMember("what", .string(finding.what)), JSONMember("action", .string(finding.action)),
    ])
  }

  private func glossary(_ entry: GlossaryEntry) -> JSONValue {
    .object([
      JSONMember("term", .string(entry.term)), JSONMember("plain", .string(entry.plain)),
      JSONMember("analogy", .string(entry.analogy)),
    ])
  }

  private func dataNote(_ note: DataNote) -> JSONValue {
    .object([
      JSONMember("kind", .string(note.kind.rawValue)), JSONMember("source", .string(note.source)),
      JSONMember("what", .string(note.what)), JSONMember("skipped_rows", .int(note.skippedRows)),
      JSONMember("reasons", .array(note.reasons.map(JSONValue.string))),
    ])
  }
}
