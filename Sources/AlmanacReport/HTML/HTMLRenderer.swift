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

  /// The trend charts of a model: its leading quality figure, drift share and net value.
  private func charts(of model: ModelReport, context: ReportContext) -> [ContextKey: TemplateValue]
  {
    let quality = Quality(model)
    func chart(
      _ title: String, _ value: (TrendPoint) -> Double?,
      isEstimated: (TrendPoint) -> Bool = { _ in false },
      format: @escaping (Double) -> String
    ) -> TemplateValue {
      let points = model.trend.map { point in
        Sparkline.Point(label: point.period, value: value(point), isEstimated: isEstimated(point))
      }
      return Sparkline(title: title, points: points, format: format).svg().map(TemplateValue.markup)
        ?? .missing
    }
    return [
      .qualityChart: chart(
        quality.name, { quality.isRegression ? $0.mae : $0.accuracy }, isEstimated: \.estimated,
        format: quality.style.format),
      .driftChart: chart("Drift share", \.driftShare) { Wording.percent($0) },
      .netChart: chart("Net value", \.net, format: context.money),
    ]
  }
}
