internal import AlmanacReport
internal import Foundation

/// The built-in demo: a deterministic, realistic set of exports for two models.
///
/// `credit-default` (a binary classifier) drifts gradually from week 5 and suddenly in week 7, and
/// its accuracy falls after; `store-demand` (a regression model) stays healthy. Eight ISO weeks of
/// prediction logs, a reference sample per model, an MLflow registry export and the config.
public struct DemoDataset: Sendable {
  /// The file names and contents, relative to the work folder, in writing order.
  public let files: [(path: String, contents: String)]

  /// The config file's name within the work folder.
  public static let configName = "almanac.yml"

  /// Generates the demo data (about 25,000 rows; deterministic for a given seed).
  ///
  /// - Parameter seed: The random seed; the documented demo uses the default.
  public init(seed: UInt64 = 20_261_123) {
    let calendar = DemoCalendar.standard
    var random = DemoRandom(seed: seed)
    var files: [(String, String)] = [(Self.configName, demoConfigYAML)]

    let creditReference = (0..<6000).map { _ in
      Array(DemoCredit.row(week: 0, timestamp: nil, labelKnown: true, random: &random).dropFirst(3))
    }
    files.append(
      (
        "credit-default/reference.csv",
        Self.csv(header: Array(DemoCredit.header.dropFirst(3)), rows: creditReference)
      ))
    for (index, week) in calendar.weeks.enumerated() {
      var rows: [[String]] = []
      for dayOffset in 0..<week.dayCount {
        let day = week.start.adding(days: dayOffset)
        let count = random.poisson(mean: day.isoWeekday >= 6 ? 8 : 13) * 30
        let starts = (0..<count).map { _ in
          DemoCalendar.epochSeconds(day) + Int(random.uniform() * 86_400)
        }
        for start in starts.sorted() {
          let delayDays = 9 + random.uniform() * 6
          let known =
            Double(start) + delayDays * 86_400 <= Double(DemoCalendar.epochSeconds(calendar.asOf))
          rows.append(
            DemoCredit.row(week: index + 1, timestamp: start, labelKnown: known, random: &random))
        }
      }
      files.append(
        (
          "credit-default/predictions-\(week.label).csv",
          Self.csv(header: DemoCredit.header, rows: rows)
        ))
    }

    let sizes = DemoDemand.storeSizes(random: &random)
    let demandReference = (0..<4000).map { index in
      DemoDemand.referenceRow(size: sizes[index % sizes.count], random: &random)
    }
    files.append(
      (
        "store-demand/reference.csv",
        Self.csv(header: Array(DemoDemand.columns.dropFirst(3)), rows: demandReference)
      ))
    for (index, week) in calendar.weeks.enumerated() {
      var lines: [String] = []
      for dayOffset in 0..<week.dayCount {
        let day = week.start.adding(days: dayOffset)
        let known = day.adding(days: 1) <= calendar.asOf
        for size in sizes {
          lines.append(
            DemoDemand.jsonLine(
              day: day, size: size, week: index + 1, outcomeKnown: known, random: &random))
        }
      }
      files.append(
        ("store-demand/predictions-\(week.label).jsonl", lines.joined(separator: "\n") + "\n"))
    }

    let registry = DemoRegistry(
      models: DemoBaselines.models(
        creditReference: creditReference, demandReference: demandReference))
    files += registry.files.map { ("mlflow/\($0.name)", $0.json.serialized()) }
    self.files = files
  }

  /// Writes every file under a folder, creating sub-folders as needed.
  ///
  /// - Parameter folder: The work folder.
  /// - Returns: The config file's path.
  /// - Throws: A file-system error naming the file that could not be written.
  @discardableResult
  public func write(to folder: String) throws -> String {
    let manager = FileManager.default
    for (path, contents) in files {
      let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
      try manager.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(contents.utf8).write(to: url, options: .atomic)
    }
    return URL(fileURLWithPath: folder).appendingPathComponent(Self.configName).path
  }

  private static func csv(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
  }
}
