import AlmanacKit
import Foundation
import Logging

/// A whole report run on tiny inputs.
///
/// The input's first byte picks the task (its two low bits) and whether the model has economics
/// (bit 4); the rest holds the prediction log, the reference, a CSV registry and a billing CSV
/// (each optional but the log).
///
/// Besides surviving, the run must keep its promise: it publishes its reports and records them,
/// or publishes nothing and leaves no staging folder. A run that fails and leaves a file, or
/// succeeds with a file missing, is a finding.
enum PipelineTarget {
  static let tasks = ["binary-classification", "multiclass-classification", "regression"]

  /// The economics of each task (none for multi-class models, which have none yet).
  static let economics = [
    "{ monthly_infrastructure: 100, per_label: 0.2, outcomes: { true_positive: 5, false_positive: -2 } }",
    nil,
    "{ monthly_infrastructure: 100, value_per_prediction: 1.5, cost_per_unit_error: 0.1 }",
  ]

  static func run(_ input: [UInt8]) {
    guard let choice = input.first else { return }
    let task = min(Int(choice & 3), tasks.count - 1)
    let parts = FuzzInput.parts(of: Array(input.dropFirst()))
    let names = ["logs.csv", "reference.csv", "registry.csv", "billing.csv"]
    let folder = ScratchFolder()
    for (name, part) in zip(names, parts) { folder.write(name, part) }
    var config = """
      report: { formats: [html, markdown, xlsx, json], period: latest, output: reports }
      history: history.sqlite

      """
    if parts.count > 2 { config += "registry: { csv: registry.csv }\n" }
    if parts.count > 3 { config += "billing: [billing.csv]\n" }
    config += """
      models:
        - name: m
          task: \(tasks[task])
          predictions: logs.csv

      """
    if parts.count > 1 { config += "    reference: reference.csv\n" }
    if choice & 16 != 0, let economics = economics[task] {
      config += "    economics: \(economics)\n"
    }
    folder.write("almanac.yml", Array(config.utf8))
    let options = ReportOptions(
      configPath: folder.path("almanac.yml"),
      clock: .fixed(Date(timeIntervalSince1970: 1_764_460_800)),
      logger: Logger(label: "fuzz") { _ in SwiftLogNoOpLogHandler() })
    FuzzInput.blocking {
      let reports = folder.path("reports")
      do {
        let outcome = try await Runner.report(options)
        for file in outcome.files where !FileManager.default.fileExists(atPath: file) {
          fatalError("the run succeeded but \(file) is missing")
        }
        FuzzInput.answer("ok: \(outcome.period), \(outcome.worstStatus)")
      } catch {
        FuzzInput.answer("\(error)")
        let published = (try? FileManager.default.contentsOfDirectory(atPath: reports)) ?? []
        let left = published.filter { $0 != ".almanac.lock" }
        guard left.isEmpty else {
          fatalError("the run failed but left \(left) in its output: \(error)")
        }
      }
    }
  }
}
