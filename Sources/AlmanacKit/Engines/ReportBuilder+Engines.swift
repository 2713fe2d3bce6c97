internal import AlmanacEngines
internal import AlmanacNarrative
internal import Logging

extension ReportBuilder {
  /// The entries whose predictions are tables on engines, grouped by the table they read and how
  /// (one query each), in config order.
  static func engineGroups(_ entries: [ModelEntry]) -> [[ModelEntry]] {
    var groups: [[ModelEntry]] = []
    for entry in entries where entry.engineSource != nil {
      if let index = groups.firstIndex(where: {
        $0[0].engineSource == entry.engineSource && $0[0].sharesReading(with: entry)
          && $0[0].task == entry.task
      }) {
        groups[index].append(entry)
      } else {
        groups.append([entry])
      }
    }
    return groups
  }

  /// Measures the models whose predictions are tables on engines: one aggregation query per
  /// table, covering the whole window.
  ///
  /// - Parameters:
  ///   - buckets: The report's window.
  ///   - rowLimit: The most reference rows left to read.
  /// - Returns: One evaluation per model.
  /// - Throws: `RunFailure` naming the engine, the table and the problem; nothing is published.
  func engineEvaluations(buckets: PeriodBuckets, rowLimit: Int) async throws(RunFailure)
    -> [ModelEvaluation]
  {
    var evaluations: [ModelEvaluation] = []
    for group in Self.engineGroups(config.models) {
      guard let source = group[0].engineSource, let settings = config.engines[source.engine] else {
        continue
      }
      let engine = try EngineConnection.make(settings)
      var evaluation = EngineEvaluation(entries: group, engine: engine, baseFolder: config.folder)
      try evaluation.connectReference(config.engines)
      let measured = try await logger.stage("querying \(source.description)") {
        () async throws(RunFailure) in
        try await evaluation.evaluate(buckets: buckets, rowLimit: rowLimit)
      }
      logger.notice(
        "\(source.description): \(Wording.counted(measured.evaluations.count, "model")) measured on \(engine.label); \(measured.resultBytes) bytes of statistics received after \(Self.seconds(measured.queryTime)) s"
      )
      evaluations += measured.evaluations
    }
    return evaluations
  }

  /// A duration in seconds with one decimal.
  private static func seconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return String(Double((Double(seconds) + Double(attoseconds) * 1e-18) * 10).rounded() / 10)
  }
}
