internal import AlmanacIngest
internal import AlmanacStore
internal import Foundation

/// Reads earlier runs' figures for the trends, when a history database exists.
struct HistoryReader: Sendable {
  let store: HistoryStore

  /// Opens the history, or returns `nil` when there is none yet or the run keeps none.
  ///
  /// - Parameter path: The database file, `nil` for none.
  /// - Throws: `RunFailure` when the file exists but is not an Almanac history, or is damaged.
  init?(path: String?) throws(RunFailure) {
    guard let path, FileManager.default.fileExists(atPath: path) else { return nil }
    do {
      store = try HistoryStore(path: path)
    } catch {
      throw RunFailure(HistoryRecorder.message(error, path: path))
    }
  }

  /// A model's recorded figures within a window, by period label.
  ///
  /// - Parameters:
  ///   - model: The model's name.
  ///   - window: The report's periods, oldest first.
  /// - Returns: The figures of the window's periods that history holds.
  /// - Throws: `RunFailure` when the database cannot be read.
  func figures(model: String, window: [ReportPeriod]) throws(RunFailure) -> [String:
    ModelPeriodFigures]
  {
    guard let last = window.last else { return [:] }
    do {
      let trend = try store.trend(model: model, endingAt: HistoryPeriod(last), count: window.count)
      let labels = Set(window.map(\.label))
      return Dictionary(
        trend.filter { labels.contains($0.period.label) }.map { ($0.period.label, $0) },
        uniquingKeysWith: { _, latest in latest })
    } catch {
      throw RunFailure(HistoryRecorder.message(error, path: store.path))
    }
  }
}

extension HistoryReader {
  /// The first day of the earliest period recorded for any model, `nil` for an empty history.
  ///
  /// - Throws: `RunFailure` when the database cannot be read.
  func earliestStart() throws(RunFailure) -> CalendarDay? {
    do {
      return try store.earliestPeriodStart().flatMap { CalendarDay(iso: $0) }
    } catch {
      throw RunFailure(HistoryRecorder.message(error, path: store.path))
    }
  }
}

extension HistoryPeriod {
  /// The history's form of a report period.
  init(_ period: ReportPeriod) {
    self.init(label: period.label, start: period.start.description, end: period.end.description)
  }
}
