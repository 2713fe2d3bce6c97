internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative
internal import AlmanacReport
internal import AlmanacStore
internal import Foundation
internal import Logging

/// A finished report with what history needs to record it.
struct BuiltReport: Sendable {
  /// The report, ready to render.
  var report: ReportModel
  /// The report's period.
  var period: ReportPeriod
  /// Each model over the window, in the report's order.
  var timelines: [ModelTimeline]
  /// Each model's verdict per period measured from the logs, by model name.
  var assessments: [String: [ReportPeriod: ModelAssessment]]
}

/// Reads every input of a config and turns it into one report.
struct ReportBuilder {
  let config: AlmanacConfig
  /// The run's instant, for "last week", the registry's ages and `generated_at`.
  let now: Date
  /// Where the stages are announced.
  let logger: Logger
  /// The most models measured at once (`--jobs`); the report is the same for any number.
  let jobs: Int

  /// Builds the report.
  ///
  /// - Throws: `RunFailure` naming the input and the problem.
  func build() async throws(RunFailure) -> BuiltReport {
    let timeZone =
      TimeZone(identifier: config.report.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
    let runDate = PeriodBuckets.day(
      of: Int64((now.timeIntervalSince1970 * 1000).rounded(.down)), in: timeZone)
    let registry = try RegistryBridge(source: config.registry, policy: config.governance)
    var models: [LoadedModel] = []
    var rowsLeft = config.maxRows
    for group in ModelLoader.groups(config.models.filter { $0.engineSource == nil }) {
      let files = group[0].predictions.joined(separator: ", ")
      let loaded = try await logger.stage("reading \(files)") { () async throws(RunFailure) in
        var loader = ModelLoader(entries: group, baseFolder: config.folder, rowLimit: rowsLeft)
        loader.registeredTasks = registry.tasks(tag: config.taskTag)
        loader.taskTag = config.taskTag
        return try await loader.load()
      }
      models += loaded.models
      rowsLeft -= loaded.rows
      if !loaded.uncovered.isEmpty {
        logger.warning(
          "\(files): \(Validation.uncoveredMessage(loaded.uncovered)); no models entry covers them")
      }
    }
    let dates = DataCoverage.dates(models, in: timeZone)
    guard let period = config.report.period.resolve(runDate: runDate, dataDates: dates) else {
      throw RunFailure(
        "\(config.sourcePath): error: period \"latest\" needs timestamped rows, and the prediction logs have none"
          + "\n  hint: name the period, e.g. --period 2026-W47")
    }
    let history = try HistoryReader(path: config.historyPath)
    let window = DataCoverage.window(
      ending: period, trend: config.report.trend, dates: dates,
      earliestStored: try history?.earliestStart())
    let buckets = PeriodBuckets(periods: window, timeZone: timeZone)
    let measuredOnEngines = try await engineEvaluations(buckets: buckets, rowLimit: rowsLeft)
    let allModels = models + measuredOnEngines.map(\.model)
    try Self.checkUnique(allModels)
    let billing = try BillingLedger(
      paths: config.billing, currency: config.report.currency, models: allModels.map(\.name),
      registry: registry.registry)
    let narrator = try narrator()

    var timelines: [ModelTimeline] = []
    var assessments: [String: [ReportPeriod: ModelAssessment]] = [:]
    let monitored = Set(allModels.map(\.name))
    let notes = Self.notes(models)
    // Each model's rows are handed to its evaluation and freed when it is done.
    let pending = Handoff(consume models)
    let evaluations =
      try await logger.stage(
        "measuring \(Wording.counted(pending.count, "model"))"
      ) { () async throws(RunFailure) in
        try await pending.concurrentMap(limit: jobs) {
          (model: consuming LoadedModel) throws(RunFailure) in
          try await ModelEvaluation(model: consume model, buckets: buckets)
        }
      } + measuredOnEngines
    for evaluation in evaluations {
      let model = evaluation.model
      let timeline = try timeline(
        of: evaluation, period: period, window: window, registry: registry,
        billed: billing.billed(for: model.name), history: history)
      timelines.append(timeline)
      assessments[model.name] = Dictionary(
        uniqueKeysWithValues: evaluation.periods.compactMap { figures in
          timeline.modelFacts(at: figures.period).map { (figures.period, narrator.assess($0)) }
        })
    }

    // Models that need action come first, the most money at stake first among them.
    let current = timelines.compactMap { timeline in
      assessments[timeline.evaluation.model.name]?[period].map { (timeline, $0) }
    }
    .sorted { Narrator.moreUrgent($0.1, $1.1) }
    let reports = current.map { timeline, assessment in
      modelReport(timeline, assessment: assessment, period: period, registry: registry)
    }
    let served = Dictionary(
      current.map {
        ($0.0.evaluation.model.name, $0.0.evaluation.figures(for: period)?.versions ?? [])
      },
      uniquingKeysWith: { first, _ in first })
    let governance = narrator.governance(
      registry.facts(
        served: served.filter { !$0.value.isEmpty }, monitored: monitored),
      policy: config.governance, today: runDate.daysSinceEpoch, period: period.label)
    let portfolio = PortfolioEconomics(current.compactMap { $0.1.economics })
    let summary = PortfolioSummary(
      models: reports.count, green: reports.count { $0.status == .green },
      amber: reports.count { $0.status == .amber }, red: reports.count { $0.status == .red },
      cost: portfolio.models > 0 ? portfolio.cost : nil,
      value: portfolio.models > 0 ? portfolio.value : nil,
      net: portfolio.models > 0 ? portfolio.net : nil, valueEstimated: portfolio.isEstimated,
      headline: narrator.portfolioHeadline(
        current.map(\.1), governance: governance, period: period.label))
    let coverage = DataCoverage(
      period: period, spec: config.report.period, runDate: runDate, dates: dates,
      evaluations: timelines.map(\.evaluation))
    for warning in coverage.warnings + billing.unmatchedWarnings() {
      logger.warning("\(warning)")
    }
    let report = ReportModel(
      generatedAt: CalendarDay.isoTimestamp(
        secondsSinceEpoch: Int64(now.timeIntervalSince1970.rounded(.down))),
      title: config.report.title,
      organization: config.report.organization, currency: config.report.currency,
      period: PeriodSummary(
        label: period.label, start: period.start.description, end: period.end.description,
        partial: coverage.isPartial, daysWithData: coverage.daysWithData),
      summary: summary, models: reports, governance: governance, glossary: narrator.glossary,
      dataNotes: notes + coverage.notes + Self.readingNotes(timelines, period: period)
        + billing.unmatchedWarnings(relativeTo: config.folder).map {
          DataNote(kind: .unmatchedBilling, source: "billing", what: $0 + ".")
        },
      branding: Branding(
        accentColor: config.report.accentColor, logoText: config.report.logoText,
        footer: config.report.footer))
    let order = Dictionary(uniqueKeysWithValues: reports.enumerated().map { ($1.name, $0) })
    return BuiltReport(
      report: report, period: period,
      timelines: timelines.sorted {
        (order[$0.evaluation.model.name] ?? 0) < (order[$1.evaluation.model.name] ?? 0)
      },
      assessments: assessments)
  }

  /// A model over the window: its money per period, its history and its registry baseline.
  private func timeline(
    of evaluation: ModelEvaluation, period: ReportPeriod, window: [ReportPeriod],
    registry: RegistryBridge, billed: [Int: Double], history: HistoryReader?
  ) throws(RunFailure) -> ModelTimeline {
    let model = evaluation.model
    let version = registry.servingVersion(
      of: model.name, served: evaluation.figures(for: period)?.versions ?? [],
      configured: model.entry.version)
    let baselines = ModelTimeline.baselines(
      configured: model.entry.baseline,
      registry: registry.baseline(of: model.name, version: version),
      reference: evaluation.reference?.quality)
    let calculator = model.entry.economics.map {
      PeriodEconomicsCalculator(
        settings: $0, billedByDay: billed, baseline: baselines.mapValues(\.value))
    }
    var economics: [ReportPeriod: PeriodEconomics] = [:]
    for figures in evaluation.periods {
      economics[figures.period] = calculator?.economics(of: figures)
    }
    return ModelTimeline(
      window: window, trendLength: config.report.trend + 1, evaluation: evaluation,
      economics: economics,
      stored: try history?.figures(model: model.name, window: window) ?? [:],
      servingVersion: version, baselines: baselines)
  }

  private func narrator() throws(RunFailure) -> Narrator {
    do {
      let pack = try AnalogyLibrary.load(templates: config.report.templates).pack(
        named: config.report.analogies)
      return Narrator(pack: pack, currency: config.report.currency)
    } catch {
      throw RunFailure(error.message(config: config.sourcePath))
    }
  }

  private func modelReport(
    _ timeline: ModelTimeline, assessment: ModelAssessment, period: ReportPeriod,
    registry: RegistryBridge
  ) -> ModelReport {
    let model = timeline.evaluation.model
    let figures = timeline.evaluation.figures(for: period)
    let view = figures.map { current in
      ModelFigures(
        current: current,
        previous: { name, estimated in
          timeline.metric(name, estimated: estimated, in: period.previous)
        },
        baselines: timeline.baselines, assessment: assessment,
        headline: timeline.metric.rawValue,
        excluded: timeline.evaluation.reference?.excluded ?? [], window: timeline.window)
    }
    let economics = timeline.economics[period].map { money in
      EconomicsFigures(
        cost: money.cost.total, value: money.value, net: money.net, roi: money.roi,
        costPerThousand: money.costPerThousand, valueLost: money.valueLost,
        estimated: money.isEstimated)
    }
    return ModelReport(
      name: model.name, versions: figures?.versions ?? [], owner: registry.owner(of: model.name),
      stage: registry.stage(of: model.name, version: timeline.servingVersion),
      task: model.entry.task.rawValue,
      status: assessment.status, headline: assessment.headline,
      volume: Volume(predictions: figures?.predictions ?? 0, labelled: figures?.labelled ?? 0),
      quality: figures.flatMap { timeline.headlineQuality(of: $0) },
      metrics: view?.metrics ?? [], estimated: view?.estimated ?? [],
      drift: view?.drift ?? DriftSection(share: nil, detected: false, features: [], outputs: []),
      economics: economics, findings: assessment.findings, notes: assessment.notes,
      trend: timeline.trend)
  }

  /// Two config entries must not report the same model.
  private static func checkUnique(_ models: [LoadedModel]) throws(RunFailure) {
    var seen: Set<String> = []
    for model in models where !seen.insert(model.name).inserted {
      throw RunFailure(
        "error: model \"\(model.name)\" is covered by more than one models entry\n"
          + "  hint: give each entry a name, or split the exports so each model appears once")
    }
  }

  private static func notes(_ models: [LoadedModel]) -> [DataNote] {
    var seen: Set<String> = []
    return models.flatMap(\.notes).filter { seen.insert($0.source).inserted }
  }

  /// Notes on the cells left out of the figures: the reference's, and the report period's.
  static func readingNotes(_ timelines: [ModelTimeline], period: ReportPeriod) -> [DataNote] {
    timelines.flatMap { timeline in
      let evaluation = timeline.evaluation
      let readings =
        (evaluation.reference?.readings ?? []) + (evaluation.figures(for: period)?.readings ?? [])
      return readings.map { reading in
        DataNote(
          kind: .unreadableCells, source: evaluation.model.name,
          what: reading.sentence(period: period.label))
      }
    }
  }
}
