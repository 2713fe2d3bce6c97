internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative
internal import AlmanacReport
internal import AlmanacStore
internal import Foundation

/// Records a finished run and every model-period it measured in the history database, in one
/// transaction: a killed run leaves all of it or none.
struct HistoryRecorder {
  let config: AlmanacConfig

  /// Every model-period a finished report measured, as the history keeps it.
  ///
  /// - Parameter built: The finished report with its timelines and verdicts.
  /// - Returns: The figures, one per model and period measured from the logs.
  func figures(of built: BuiltReport) -> [ModelPeriodFigures] {
    built.timelines.flatMap { timeline in
      timeline.evaluation.periods.compactMap { period -> ModelPeriodFigures? in
        guard let verdict = built.assessments[timeline.evaluation.model.name]?[period.period]
        else { return nil }
        let money = timeline.economics[period.period]
        return ModelPeriodFigures(
          model: timeline.evaluation.model.name, period: HistoryPeriod(period.period),
          predictions: period.predictions, labelled: period.labelled,
          status: ModelStatus(rawValue: verdict.status.rawValue) ?? .red,
          driftShare: period.dataset?.share, cost: money?.cost.total, value: money?.value,
          net: money?.net,
          valueEstimated: money?.isEstimated ?? false,
          metrics: Self.stored(period.metrics, estimated: false)
            + Self.stored(period.estimated, estimated: true),
          costPerThousand: money?.costPerThousand,
          features: period.features.map { named in
            StoredFeatureDrift(
              name: named.name, method: named.drift.method.rawValue, score: named.drift.score,
              threshold: named.drift.threshold, detected: named.drift.detected,
              psi: named.drift.psi)
          })
      }
    }
  }

  /// Checks figures against every rule of the history's schema, before anything is published.
  ///
  /// - Parameters:
  ///   - figures: The figures about to be recorded.
  ///   - period: The report's period.
  /// - Throws: `RunFailure` naming the model, the period and the broken rule; nothing has been
  ///   written then.
  static func check(_ figures: [ModelPeriodFigures], period: ReportPeriod) throws(RunFailure) {
    let problem =
      HistoryPeriod(period).schemaProblem.map { ("the run for \(period.label)", $0) }
      ?? ModelPeriodFigures.schemaProblem(of: figures)
    if let (record, reason) = problem {
      throw RunFailure(
        "error: the figures of \(record) cannot be recorded: \(reason); nothing was published")
    }
  }

  /// Records the run and its figures; re-running a period replaces its figures.
  ///
  /// - Parameters:
  ///   - built: The finished report.
  ///   - figures: Its figures, checked with `check(_:period:)`.
  ///   - started: When the run started.
  ///   - finished: When it finished.
  /// - Returns: The run's identifier in the history, `nil` when the run keeps no history.
  /// - Throws: `RunFailure` when the database cannot be written; nothing is then recorded.
  @discardableResult
  func record(
    _ built: BuiltReport, figures: [ModelPeriodFigures], started: Date, finished: Date
  ) throws(RunFailure) -> Int64? {
    guard let path = config.historyPath else { return nil }
    do {
      try FileManager.default.createDirectory(
        atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
        withIntermediateDirectories: true)
      let store = try HistoryStore(path: path)
      let worst = built.report.models.map(\.status).max() ?? .green
      let run = RunRecord(
        startedAt: Self.timestamp(started), finishedAt: Self.timestamp(max(started, finished)),
        configDigest: try Self.digest(ofFile: config.sourcePath),
        period: HistoryPeriod(built.period),
        status: RunStatus(rawValue: worst.rawValue) ?? .failed,
        durationSeconds: max(0, finished.timeIntervalSince(started)), almanacVersion: almanacVersion
      )
      return try store.record(run: run, figures: figures)
    } catch {
      throw RunFailure(Self.message(error, path: path))
    }
  }

  /// The e-mails the history says were sent for a period, oldest first.
  ///
  /// - Parameter label: The period's label.
  /// - Returns: The deliveries; empty without a history.
  /// - Throws: `RunFailure` when the database cannot be read.
  func deliveries(period label: String) throws(RunFailure) -> [StoredDelivery] {
    guard let path = config.historyPath, FileManager.default.fileExists(atPath: path) else {
      return []
    }
    do {
      return try HistoryStore(path: path).deliveries(period: label)
    } catch {
      throw RunFailure(Self.message(error, path: path))
    }
  }

  /// Records that a run sent a period's e-mail.
  ///
  /// - Parameters:
  ///   - delivery: What was sent.
  ///   - runID: The run that sent it.
  /// - Throws: `RunFailure` when the database cannot be written.
  func record(delivery: StoredDelivery, runID: Int64) throws(RunFailure) {
    guard let path = config.historyPath else { return }
    do {
      try HistoryStore(path: path).record(delivery: delivery, runID: runID)
    } catch {
      throw RunFailure(Self.message(error, path: path))
    }
  }

  /// The store's own message, or a sentence naming the database.
  static func message(_ error: any Error, path: String) -> String {
    if let error = error as? HistoryError { return error.description }
    return "\(path): error: cannot record the run: \(Runner.reason(error))"
  }

  private static func stored(_ figures: [NamedEstimate], estimated: Bool) -> [StoredMetric] {
    figures.filter { $0.estimate.value.isFinite }.map {
      StoredMetric(
        name: $0.name, value: $0.estimate.value, low: $0.estimate.low, high: $0.estimate.high,
        estimated: estimated)
    }
  }

  /// An instant as the history and the log write it: `2026-11-23T06:00:00Z`.
  static func timestamp(_ date: Date) -> String {
    CalendarDay.isoTimestamp(secondsSinceEpoch: Int64(date.timeIntervalSince1970.rounded(.down)))
  }

  /// A 64-bit FNV-1a digest of the config file in lower-case hex: tells runs of different configs
  /// apart (not a security checksum).
  static func digest(ofFile path: String) throws -> String {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
