/// Every key a report template may use.
///
/// Templates are checked against this list when they are loaded, so a misspelt key is an error with
/// its file, line and column instead of an empty spot in the report. `templates/README.md`
/// describes where each key is available.
enum ContextKey: String, CaseIterable, Sendable {
  // The report.
  case title, organization, periodLabel, periodStart, periodEnd, periodPartial, daysWithData
  case generatedAt, currency
  case logoText, footer, summary, models, governance, glossary, dataNotes, hasGovernance,
    hasDataNotes
  // The models split for a portfolio: those to act on, those working well and their owners.
  case actionModels, hasActionModels, healthyModels, hasHealthyModels, healthyCount, healthyDetail,
    healthyOwners, appendixModels
  // The HTML page's colours.
  case accentColor, accentTextColor
  // The e-mail's link to the published report.
  case link
  // The summary.
  case modelCount, statusCounts, count, hasMoney
  // A status, a finding's severity or a governance gap's severity.
  case status, key, label, symbol, inkColor, paperColor
  // A model.
  case name, anchor, owner, stage, task, versions, headline, nextStep, predictions, labelled
  case qualityName, qualityValue, qualityChange, qualityEstimated, driftShare, driftDetected
  case hasEconomics, cost, value, net, roi, costPerThousand, valueLost, valueEstimated
  case findings, notes, metrics, estimatedMetrics, driftFeatures, driftOutputs, excluded, trend
  case hasNotes, hasMetrics, hasEstimatedMetrics, hasDriftOutputs, hasExcluded
  // The HTML page's charts of a model.
  case qualityChart, driftChart, netChart, qualityChartChange, driftChartChange, netChartChange
  // A finding or a governance gap.
  case kind, what, meaning, action, impact
  // A metric.
  case metric, figure, interval, baseline, baselineSource, previous, since
  // A drift test.
  case column, method, score, threshold, thresholdBasis, psi, drifted, verdict, pattern
  // A trend point.
  case period, quality, estimated
  // A glossary entry and a data note.
  case term, plain, analogy, source, reasons, reason

  /// Whether the key holds markup made by the renderer, the only values a template may show
  /// unescaped (`{{{key}}}`).
  var isMarkup: Bool {
    switch self {
    case .qualityChart, .driftChart, .netChart: true
    default: false
    }
  }
}
