internal import AlmanacNarrative
internal import AlmanacStore
internal import Foundation

/// `almanac history`: past runs, or one model's figures period by period, as text tables.
public enum HistoryListing {
  /// The history of a config's reports as a table.
  ///
  /// - Parameters:
  ///   - configPath: The config, whose `history` setting names the database.
  ///   - model: A model whose trend to list instead of the runs.
  ///   - limit: How many runs or periods to list.
  /// - Returns: The table, or a sentence when there is nothing to list.
  /// - Throws: `RunFailure` when the config or database cannot be read.
  public static func text(configPath: String, model: String?, limit: Int) throws(RunFailure)
    -> String
  {
    let config = try Runner.loadConfig(configPath)
    let path = config.historyPath ?? ""
    guard FileManager.default.fileExists(atPath: path) else {
      return "No history yet at \(path): run almanac report first."
    }
    do {
      let store = try HistoryStore(path: path)
      guard let model else { return runsTable(try store.runs(limit: limit)) }
      let trend = try store.trend(model: model, count: limit)
      guard !trend.isEmpty else {
        let known = try store.models()
        return "No history for model \"\(model)\"; known models: \(known.joined(separator: ", "))"
      }
      let entry = config.models.first { $0.name == model }
      return trendTable(
        trend, labelledShare: entry?.thresholds.labelledShareWarn ?? Thresholds().labelledShareWarn)
    } catch let error as HistoryError {
      throw RunFailure(error.description)
    } catch {
      throw RunFailure(HistoryRecorder.message(error, path: path))
    }
  }

  static func runsTable(_ runs: [StoredRun]) -> String {
    guard !runs.isEmpty else { return "No runs recorded yet." }
    var table = TextTable(header: ["run", "started", "period", "status", "seconds", "version"])
    table.rightAligned = [0, 4]
    for stored in runs {
      let run = stored.run
      table.rows.append([
        String(stored.id), run.startedAt, run.period.label, run.status.rawValue,
        Wording.number(run.durationSeconds, decimals: 1), run.almanacVersion,
      ])
    }
    return table.rendered
  }

  static func trendTable(_ trend: [ModelPeriodFigures], labelledShare: Double) -> String {
    var table = TextTable(header: [
      "period", "status", "predictions", "labelled", "quality", "drift share", "cost", "value",
      "net",
    ])
    table.rightAligned = [2, 3, 4, 5, 6, 7, 8]
    for figures in trend {
      let metric = figures.metrics.contains { $0.name == "mae" } ? "mae" : "accuracy"
      let quality = ModelTimeline.storedQuality(
        figures, metric: metric, labelledShare: labelledShare)
      let qualityText = quality.map { metric in
        (metric.name == "accuracy"
          ? Wording.percent(metric.value, decimals: 1)
          : "MAE " + Wording.number(metric.value, decimals: 2))
          + (metric.estimated ? " (est.)" : "")
      }
      table.rows.append([
        figures.period.label, figures.status.rawValue, Wording.count(figures.predictions),
        Wording.count(figures.labelled), qualityText ?? "-",
        figures.driftShare.map { Wording.percent($0) } ?? "-",
        figures.cost.map { Wording.number($0) } ?? "-",
        figures.value.map { Wording.number($0) } ?? "-",
        figures.net.map { Wording.number($0) } ?? "-",
      ])
    }
    return table.rendered
  }
}
