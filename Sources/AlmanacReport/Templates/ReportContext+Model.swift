import AlmanacNarrative

extension ReportContext {
  /// Everything a template shows about one model.
  ///
  /// - Parameters:
  ///   - model: The model.
  ///   - position: The model's 1-based place in the report, for in-page links (never its name).
  /// - Returns: The model's node.
  func node(for model: ModelReport, position: Int) -> TemplateNode {
    let quality = Quality(model)
    var values: [ContextKey: TemplateValue] = [
      .name: .text(model.name),
      .anchor: .text("model-\(position)"),
      .owner: .text(model.owner),
      .stage: .text(model.stage),
      .task: .text(DisplayName.ofTask(model.task)),
      .versions: .text(model.versions.isEmpty ? nil : model.versions.joined(separator: ", ")),
      .status: .node(Self.node(for: model.status)),
      .headline: .text(model.headline),
      .nextStep: .text(model.findings.first?.action ?? "Nothing beyond the usual checks."),
      .predictions: .text(Wording.count(model.volume.predictions)),
      .labelled: .text(Wording.count(model.volume.labelled)),
      .qualityName: .text(quality.name),
      .qualityValue: .figure(quality.headline?.value, quality.style.format),
      .qualityChange: .figure(quality.headline?.change, quality.style.formatChange),
      .qualityEstimated: .flag(quality.isEstimated),
      .driftShare: .figure(model.drift.share) { Wording.percent($0) },
      .driftDetected: .flag(model.drift.detected),
      .findings: .list(model.findings.map(node(for:))),
      .notes: .list(
        model.notes.map {
          TemplateNode([.kind: .text(DisplayName.of($0.kind)), .what: .text($0.what)])
        }),
      .hasNotes: .flag(!model.notes.isEmpty),
      .excluded: .list(
        model.drift.excluded.map {
          TemplateNode([
            .column: .text($0.name), .reason: .text($0.explanation),
          ])
        }),
      .hasExcluded: .flag(!model.drift.excluded.isEmpty),
      .metrics: .list(model.metrics.map(node(for:))),
      .estimatedMetrics: .list(model.estimated.map(node(for:))),
      .driftFeatures: .list(model.drift.features.map(node(for:))),
      .driftOutputs: .list(model.drift.outputs.map(node(for:))),
      .trend: .list(model.trend.map { node(for: $0, quality: quality) }),
      .hasMetrics: .flag(!model.metrics.isEmpty),
      .hasEstimatedMetrics: .flag(!model.estimated.isEmpty),
      .hasDriftOutputs: .flag(!model.drift.outputs.isEmpty),
    ]
    let economics = model.economics
    values.merge([
      .hasEconomics: .flag(economics != nil),
      .cost: .figure(economics?.cost, exactMoney),
      .value: .figure(economics?.value, exactMoney),
      .net: .figure(economics?.net, exactMoney),
      .roi: .figure(economics?.roi) { Wording.percent($0) },
      .costPerThousand: .figure(economics?.costPerThousand, unitMoney),
      .valueLost: .figure(economics?.valueLost, exactMoney),
      .valueEstimated: .flag(economics?.estimated ?? false),
    ]) { _, new in new }
    return TemplateNode(values)
  }

  /// One finding: what happened, what it means, what to do, what it costs or earns.
  func node(for finding: Finding) -> TemplateNode {
    TemplateNode([
      .kind: .text(DisplayName.of(finding.kind)),
      .status: .node(Self.node(for: finding.severity)),
      .what: .text(finding.what),
      .meaning: .text(finding.meaning),
      .action: .text(finding.action),
      .impact: .figure(finding.impact, money),
    ])
  }

  /// One quality metric with its interval and comparisons.
  func node(for figure: MetricFigure) -> TemplateNode {
    let style = MetricStyle(metric: figure.name)
    let interval: String? =
      if let low = figure.low, let high = figure.high {
        "\(style.format(low)) – \(style.format(high))"
      } else { nil }
    return TemplateNode([
      .metric: .text(MetricStyle.title(of: figure.name)),
      .figure: .text(
        Self.binned(style.format(figure.value), error: figure.binningError.map(style.format))),
      .interval: .text(interval),
      .baseline: .figure(figure.baseline, style.format),
      .baselineSource: .text(figure.baselineSource.map(DisplayName.ofBaselineSource)),
      .previous: .figure(figure.previous, style.format),
      .since: .text(lasting(since: figure.since, periods: figure.periods)),
    ])
  }

  /// One column's drift test.
  func node(for drift: FeatureDriftFigure) -> TemplateNode {
    let decimals = { (value: Double) in Wording.number(value, decimals: 3) }
    return TemplateNode([
      .column: .text(drift.name),
      .kind: .text(drift.kind),
      .method: .text(DisplayName.ofDriftMethod(drift.method)),
      .score: .text(
        drift.score.map { Self.binned(decimals($0), error: drift.binningError.map(decimals)) }),
      .threshold: .text(decimals(drift.threshold)),
      .thresholdBasis: .text(DisplayName.ofThresholdBasis(drift.thresholdBasis)),
      .psi: .figure(drift.psi, decimals),
      .drifted: .flag(drift.detected),
      .verdict: .text(drift.detected ? "Drift" : "Stable"),
      .pattern: .text(pattern(of: drift)),
    ])
  }

  /// A figure with its binning error when it was computed from an engine's bins:
  /// `0.812 (binned, ±0.004)`.
  static func binned(_ figure: String, error: String?) -> String {
    error.map { "\(figure) (binned, ±\($0))" } ?? figure
  }

  /// `week` for ISO-week reports, `period` otherwise.
  var unit: String { report.period.label.contains("-W") ? "week" : "period" }

  /// `since 2026-W23 (22 weeks)`, or `nil` without a start.
  func lasting(since: String?, periods: Int?) -> String? {
    guard let since else { return nil }
    guard let periods, periods > 1 else { return "since \(since)" }
    return "since \(since) (\(Wording.counted(periods, unit)))"
  }

  /// How a drifting column's drift came about: `Step since 2026-W23 (22 weeks)`, or for drift in
  /// every period on record `In all 5 weeks on record`; `nil` for a stable column.
  func pattern(of drift: FeatureDriftFigure) -> String? {
    guard drift.detected else { return nil }
    guard let pattern = drift.pattern else {
      return drift.periods.map { "In all \(Wording.counted($0, unit)) on record" }
    }
    return [
      DisplayName.ofDriftPattern(pattern), lasting(since: drift.since, periods: drift.periods),
    ]
    .compactMap { $0 }.joined(separator: " ")
  }

  /// One period of a model's trend.
  func node(for point: TrendPoint, quality: Quality) -> TemplateNode {
    TemplateNode([
      .period: .text(point.period),
      .predictions: .text(Wording.count(point.predictions)),
      .quality: .figure(quality.isRegression ? point.mae : point.accuracy, quality.style.format),
      .estimated: .flag(point.estimated),
      .driftShare: .figure(point.driftShare) { Wording.percent($0) },
      .net: .figure(point.net, exactMoney),
    ])
  }
}
