public import AlmanacNarrative

/// Everything one report says, computed once and rendered by every format alike.
///
/// Renderers only format what is here: they do no arithmetic, so HTML, Markdown, XLSX and JSON always
/// show the same figures. Text fields that come from inputs (model names, owners, tags) are untrusted
/// and escaped by each renderer for its own format.
public struct ReportModel: Sendable, Equatable {
  /// The schema name written into the JSON report.
  public static let schema = "almanac.report/1"

  /// When the report was made, as ISO-8601 UTC (`2026-11-23T06:00:00Z`).
  public var generatedAt: String
  /// The report's title.
  public var title: String
  /// The organisation the report is for, if configured.
  public var organization: String?
  /// The ISO 4217 code of every money figure.
  public var currency: String
  /// The period the report covers.
  public var period: PeriodSummary
  /// The portfolio at a glance.
  public var summary: PortfolioSummary
  /// One entry per model, worst status first, then by name.
  public var models: [ModelReport]
  /// Registry findings about ownership, documentation and deployment.
  public var governance: [GovernanceFinding]
  /// Plain-language explanations of the terms the report uses.
  public var glossary: [GlossaryEntry]
  /// What a reader should know about the input: skipped rows, unreadable cells, dates covered.
  public var dataNotes: [DataNote]
  /// Look and feel chosen in the config.
  public var branding: Branding

  /// Creates a report.
  public init(
    generatedAt: String, title: String, organization: String?, currency: String,
    period: PeriodSummary, summary: PortfolioSummary, models: [ModelReport],
    governance: [GovernanceFinding], glossary: [GlossaryEntry], dataNotes: [DataNote],
    branding: Branding
  ) {
    self.generatedAt = generatedAt
    self.title = title
    self.organization = organization
    self.currency = currency
    self.period = period
    self.summary = summary
    self.models = models
    self.governance = governance
    self.glossary = glossary
    self.dataNotes = dataNotes
    self.branding = branding
  }
}

/// The period a report or a trend point covers.
public struct PeriodSummary: Sendable, Equatable {
  /// `2026-W47`, or `2026-11-16..2026-11-20` for a range that is not an ISO week.
  public var label: String
  /// The first day, `YYYY-MM-DD`.
  public var start: String
  /// The last day, inclusive, `YYYY-MM-DD`.
  public var end: String
  /// Whether the logs cover only some days of the period (it is at their start or end).
  public var partial: Bool
  /// The days of the period with at least one prediction, when known.
  public var daysWithData: Int?

  /// Creates a period summary.
  public init(
    label: String, start: String, end: String, partial: Bool = false, daysWithData: Int? = nil
  ) {
    self.label = label
    self.start = start
    self.end = end
    self.partial = partial
    self.daysWithData = daysWithData
  }
}

/// The portfolio at a glance: how many models in each state, and the money.
public struct PortfolioSummary: Sendable, Equatable {
  /// Models in the report.
  public var models: Int
  /// Models in each state.
  public var green: Int, amber: Int, red: Int
  /// Total cost, value and net value of the models with economics, `nil` when none has any.
  public var cost: Double?, value: Double?, net: Double?
  /// Whether any model's value is estimated because its outcomes are not known yet.
  public var valueEstimated: Bool
  /// A short paragraph in plain words that opens the report.
  public var headline: String

  /// Creates a portfolio summary.
  public init(
    models: Int, green: Int, amber: Int, red: Int, cost: Double?, value: Double?, net: Double?,
    valueEstimated: Bool, headline: String
  ) {
    self.models = models
    self.green = green
    self.amber = amber
    self.red = red
    self.cost = cost
    self.value = value
    self.net = net
    self.valueEstimated = valueEstimated
    self.headline = headline
  }
}

/// Something about the input that a reader of the figures should know: rows skipped under
/// `on_bad_rows: skip`, cells that could not be read, dates the data cover.
public struct DataNote: Sendable, Equatable {
  /// What the note is about; raw values are the JSON report's `kind`.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Rows that could not be read were skipped.
    case skippedRows = "skipped_rows"
    /// Cells of a numeric column that are not numbers were left out.
    case unreadableCells = "unreadable_cells"
    /// Where the logs' dates lie against the report's period.
    case dataDates = "data_dates"
    /// Billing rows that match no model of the report.
    case unmatchedBilling = "unmatched_billing"
  }

  /// What the note is about.
  public var kind: Kind
  /// The file, glob or model the note is about.
  public var source: String
  /// What happened, in one or two plain sentences.
  public var what: String
  /// How many rows were skipped (0 for other notes).
  public var skippedRows: Int
  /// The first few reasons, each naming file, line and column.
  public var reasons: [String]

  /// Creates a data note.
  public init(
    kind: Kind, source: String, what: String, skippedRows: Int = 0, reasons: [String] = []
  ) {
    self.kind = kind
    self.source = source
    self.what = what
    self.skippedRows = skippedRows
    self.reasons = reasons
  }
}

/// Look and feel from the config: never code, only values the templates use.
public struct Branding: Sendable, Equatable {
  /// The accent colour as `#RRGGBB`.
  public var accentColor: String
  /// Text shown where a logo would be, if any.
  public var logoText: String?
  /// A line at the foot of every report, if any.
  public var footer: String?

  /// Creates branding values.
  public init(accentColor: String = "#1F4E79", logoText: String? = nil, footer: String? = nil) {
    self.accentColor = accentColor
    self.logoText = logoText
    self.footer = footer
  }
}
