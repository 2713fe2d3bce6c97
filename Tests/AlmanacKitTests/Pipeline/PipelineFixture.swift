import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// A folder of exports and a config, run through the whole pipeline in-process.
struct PipelineFixture {
  let folder: TemporaryFolder

  init() throws { folder = try TemporaryFolder() }

  /// Writes a file under the folder.
  func write(_ name: String, _ text: String) throws {
    let path = folder.file(name)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// Writes one model's reference and logs and a config that reports it on its own, without a
  /// trend.
  ///
  /// - Parameters:
  ///   - name: The model's name.
  ///   - task: Its task as the config spells it.
  ///   - reference: The text of `reference.csv`.
  ///   - logs: The text of `logs.csv`.
  /// - Throws: When a file cannot be written.
  func writeModel(_ name: String, task: String, reference: String, logs: String) throws {
    try write("reference.csv", reference)
    try write("logs.csv", logs)
    try write(
      "almanac.yml",
      """
      report: { trend: 0 }
      models:
        - name: \(name)
          task: \(task)
          predictions: logs.csv
          reference: reference.csv
      """)
  }

  /// Runs `almanac report` on `almanac.yml` for a period, by default on 2026-11-26 at noon UTC.
  @discardableResult
  func report(
    period: String, config: String = "almanac.yml",
    now: Date = Date(timeIntervalSince1970: 1_795_694_400)
  ) async throws -> [String: Any] {
    let options = ReportOptions(
      configPath: folder.file(config), period: PeriodSpec(period), formats: [.json],
      clock: .fixed(now))
    let outcome = try await Runner.report(options)
    let json = try #require(outcome.files.first { $0.hasSuffix("report.json") })
    let data = try Data(contentsOf: URL(fileURLWithPath: json))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// The report's models by name.
  static func models(_ report: [String: Any]) throws -> [String: [String: Any]] {
    let list = try #require(report["models"] as? [[String: Any]])
    return Dictionary(
      uniqueKeysWithValues: list.compactMap { model in
        (model["name"] as? String).map { ($0, model) }
      })
  }

  /// A number at a path of keys.
  static func number(_ object: [String: Any], _ path: String...) throws -> Double {
    var current: Any = object
    for key in path { current = try #require((current as? [String: Any])?[key]) }
    return try #require((current as? NSNumber)?.doubleValue)
  }
}
