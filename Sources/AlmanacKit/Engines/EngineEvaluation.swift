internal import AlmanacEngines
internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative

/// Measures the models whose predictions are one table on an engine: reads their reference from
/// files, plans one aggregation query over the report's window, runs it where the data are, and
/// turns the small result into each model's figures.
struct EngineEvaluation {
  /// Entries that read the same table the same way, in config order.
  let entries: [ModelEntry]
  /// The engine holding the table.
  let engine: any QueryEngine
  /// The engine holding the reference, when the reference is a table.
  var referenceEngine: (any QueryEngine)?
  /// The config's folder, for messages.
  let baseFolder: String

  /// Numeric features are binned on this many reference quantiles.
  static let featureBins = 100
  /// Scores are binned on this many reference quantiles, besides the calibration's knots.
  static let scoreBins = 200

  /// Measures every model of the entries in every period of the window with rows.
  ///
  /// - Parameters:
  ///   - buckets: The window's periods in the report's time zone.
  ///   - rowLimit: The most reference rows to read.
  /// - Returns: One evaluation per model, sorted by name, the bytes of the engine's answer and how
  ///   long the engine took to give it.
  /// - Throws: `RunFailure` naming the engine, the table and the problem.
  func evaluate(buckets: PeriodBuckets, rowLimit: Int) async throws(RunFailure)
    -> (evaluations: [ModelEvaluation], resultBytes: Int, queryTime: Duration)
  {
    let first = entries[0]
    guard let source = first.engineSource else { return ([], 0, .zero) }
    let table = try await describe(source)
    let reference = try await loadReference(rowLimit: rowLimit)
    // Edges come from the whole reference and the calibration knots of every model's reference,
    // profiled without noise; each model's reference is profiled again, with the noise of its
    // typical period, once the answer gives the period sizes.
    var pooled: ReferenceProfile?
    var knots: [[Double]] = []
    // The error model goes into the query when one reference serves every model of the table.
    var errorModel: RegressionErrorModel?
    if let reference {
      let profile = try await ReferenceProfile(reference.shared, entry: first, periodSize: nil)
      pooled = profile
      if let byModel = reference.byModel {
        let covered = byModel.filter { name, _ in entries.contains(where: { $0.matches(name) }) }
        for (_, log) in covered {
          let own = try await ReferenceProfile(log, entry: first, periodSize: nil)
          knots += [own.calibration, own.multiclass?.correctness].compactMap { $0?.knots }
          if covered.count == 1, Self.servesOneModel(entries) { errorModel = own.errorModel }
        }
      } else {
        knots += [profile.calibration, profile.multiclass?.correctness].compactMap { $0?.knots }
        errorModel = profile.errorModel
      }
    }
    var query = try plan(
      source: source, table: table, reference: pooled, knots: knots, buckets: buckets)
    query.errorModel = errorModel
    query.missingTexts = first.reading.missing
    let engineQuery: EngineQuery
    do {
      engineQuery = try query.query(in: engine.dialect)
    } catch {
      throw failure(query.sourceName, error.description)
    }
    let result: EngineTable
    let started = ContinuousClock.now
    do {
      result = try await engine.run(engineQuery)
    } catch {
      throw failure(query.sourceName, error.description)
    }
    let queryTime = ContinuousClock.now - started
    let statistics: [String?: [Int: PeriodStatistics]]
    do {
      statistics = try PeriodStatistics.read(result, query: query)
    } catch {
      throw failure(
        query.sourceName, "cannot read the answer of \(engine.label): \(error.description)")
    }
    var evaluations: [ModelEvaluation] = []
    // A shared reference is profiled once per typical period size and entry, not once per model.
    var sharedProfiles: [String: ReferenceProfile] = [:]
    for (name, entry) in models(in: statistics) {
      let byPeriod = statistics[query.roles.contains(.model) ? name : nil] ?? [:]
      var profile: ReferenceProfile?
      if let reference, let log = reference.byModel.map({ $0[name] }) ?? reference.shared {
        let size = ModelEvaluation.typicalSize(
          buckets.periods.indices.map { byPeriod[$0]?.rowCount ?? 0 })
        let key = "\(size) \(entries.firstIndex(of: entry) ?? 0)"
        if reference.byModel == nil, let known = sharedProfiles[key] {
          profile = known
        } else {
          profile = try await ReferenceProfile(log, entry: entry, periodSize: size)
          if reference.byModel == nil { sharedProfiles[key] = profile }
        }
      }
      let evaluator = StatisticsEvaluator(entry: entry, reference: profile, query: query)
      var periods: [PeriodFigures] = []
      for (index, period) in buckets.periods.enumerated() {
        let counted = byPeriod[index]
        guard counted != nil || index == buckets.periods.count - 1 else { continue }
        periods.append(
          try evaluator.evaluate(period: period, statistics: counted ?? PeriodStatistics()))
      }
      let days = byPeriod.values.flatMap(\.rowsByDay.keys).compactMap {
        CalendarDay(iso: Substring($0))
      }
      let model = LoadedModel(
        name: name, entry: entry,
        log: ModelLog(
          timestamps: nil, versions: nil, prediction: nil, score: nil, actual: nil, features: []),
        reference: nil, notes: [])
      evaluations.append(
        ModelEvaluation(
          model: model, periods: periods, reference: profile,
          dataDays: days.min().flatMap { low in days.max().map { low...$0 } },
          daysWithData: byPeriod[buckets.periods.count - 1]?.rowsByDay.count ?? 0))
    }
    return (evaluations, result.approximateBytes, queryTime)
  }

  /// A failed query's message: the table, the models it serves and what went wrong.
  func failure(_ place: String, _ detail: String) -> RunFailure {
    let models = entries.map { $0.name.map { "\"\($0)\"" } ?? "every model in its model column" }
    return RunFailure(
      "\(place): error: \(detail)\n  the models of this table (\(models.joined(separator: ", ")))"
        + " are not reported, and nothing is published")
  }

  /// Whether the entries cover one model by name, so that a reference split by model serves it
  /// alone.
  static func servesOneModel(_ entries: [ModelEntry]) -> Bool {
    entries.count == 1 && entries[0].name != nil && !entries[0].isPattern
  }

  /// The models in the result, each with the entry that covers it; a named entry always reports
  /// its model, rows or not.
  private func models(in statistics: [String?: [Int: PeriodStatistics]]) -> [(String, ModelEntry)] {
    var covered: [String: ModelEntry] = [:]
    for entry in entries where !entry.isPattern {
      if let name = entry.name { covered[name] = entry }
    }
    for case let name? in statistics.keys where covered[name] == nil {
      if let entry = entries.first(where: { $0.isPattern && $0.matches(name) })
        ?? entries.first(where: { $0.name == nil })
      {
        covered[name] = entry
      }
    }
    return covered.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map {
      ($0.key, $0.value)
    }
  }
}
