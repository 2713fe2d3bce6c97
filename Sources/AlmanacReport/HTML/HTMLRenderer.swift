import AlmanacNarrative

/// Renders a report as one self-contained HTML page: inline CSS and SVG, no script, no external
/// request, no web font.
///
/// The page comes from `report.html` and its `html-…` partials; every value is HTML-escaped by
/// Mustache, and the only unescaped values are the charts this renderer draws (`Sparkline`).
public struct HTMLRenderer: Sendable {
  /// The templates to render with.
  public let templates: TemplateSet

  /// Creates a renderer.
  ///
  /// - Parameter templates: The built-in templates or a set with overrides.
  public init(templates: TemplateSet) {
    self.templates = templates
  }

  /// Renders a report.
  ///
  /// - Parameter report: The report.
  /// - Returns: The HTML page.
  /// - Throws: `RenderError.invalidAccentColor` when the branding's colour is not `#RRGGBB`;
  ///   `RenderError.unknownKeys` when an override template uses a key outside its scope.
  public func render(_ report: ReportModel) throws -> String {
    let accent = try AccentColor(report.branding.accentColor)
    let context = ReportContext(report: report)
    let root = context.root(
      extras: [.accentColor: .text(accent.hex), .accentTextColor: .text(accent.textColor)],
      modelExtras: { charts(of: $0, context: context) })
    return try templates.render(.html, root: root)
  }

  /// The trend charts of a model (its leading quality figure, drift share and net value), each
  /// with its change in words.
  private func charts(of model: ModelReport, context: ReportContext) -> [ContextKey: TemplateValue]
  {
    let quality = Quality(model)
    func chart(
      _ title: String, _ value: (TrendPoint) -> Double?,
      isEstimated: (TrendPoint) -> Bool = { _ in false }, style: MetricStyle
    ) -> Sparkline {
      let points = model.trend.map { point in
        Sparkline.Point(label: point.period, value: value(point), isEstimated: isEstimated(point))
      }
      return Sparkline(
        title: title, points: points, format: style.format, distance: style.formatDistance)
    }
    let driftStyle = MetricStyle.percent(decimals: 0)
    let charts: [(ContextKey, ContextKey, Sparkline)] = [
      (
        .qualityChart, .qualityChartChange,
        chart(
          quality.name, { quality.isRegression ? $0.mae : $0.accuracy }, isEstimated: \.estimated,
          style: quality.style)
      ),
      (.driftChart, .driftChartChange, chart("Drift share", \.driftShare, style: driftStyle)),
      (
        .netChart, .netChartChange,
        Sparkline(
          title: "Net value",
          points: model.trend.map { .init(label: $0.period, value: $0.net, isEstimated: false) },
          format: context.money, distance: { context.money(abs($0)) })
      ),
    ]
    var values: [ContextKey: TemplateValue] = [:]
    for (chartKey, changeKey, sparkline) in charts {
      values[chartKey] = sparkline.svg().map(TemplateValue.markup) ?? .missing
      let change = TrendChange(sparkline.points.map { ($0.label, $0.value) })
      values[changeKey] = .text(change.map(sparkline.words))
    }
    return values
  }
}
