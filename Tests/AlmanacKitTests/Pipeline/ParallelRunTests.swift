import AlmanacMetrics
import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// Models are measured in parallel, and the reports do not depend on how many at once.
@Suite struct ParallelRunTests {
  /// Sixty classifiers over three weeks: every fifth drifts in its last week, every seventh
  /// predicts worse than chance, so the report holds every status.
  static func export() -> (log: String, reference: String) {
    var log = "timestamp,model,prediction,score,actual,x,segment\n"
    var reference = "model,prediction,score,actual,x,segment\n"
    var random = SplitMix64(seed: 2_047)
    for index in 0..<60 {
      let name = "model-\(index)"
      for row in 0..<240 {
        let week = row / 80
        let shift = index % 5 == 0 && week == 2 ? 1.5 : 0
        let x = random.normal() + shift
        let actual = random.nextUnitInterval() < 1 / (1 + exp(-2 * x)) ? 1 : 0
        let noise = index % 7 == 3 && week == 2 ? 3.0 : 0.3
        let score = 1 / (1 + exp(-(2 * x + noise * random.normal())))
        let segment = ["a", "b", "c"][Int(random.nextUnitInterval() * (shift > 0 ? 2 : 3))]
        let day = 2 + week * 7 + row % 7
        log +=
          "2026-11-\(day < 10 ? "0" : "")\(day)T10:\(10 + row % 40):00Z,\(name),"
          + "\(score >= 0.5 ? 1 : 0),\(score),\(actual),\(x),\(segment)\n"
        reference += "\(name),\(score >= 0.5 ? 1 : 0),\(score),\(actual),\(x),\(segment)\n"
      }
    }
    return (log, reference)
  }

  @Test func reportsAreTheSameBytesWhateverTheNumberOfJobs() async throws {
    let fixture = try PipelineFixture()
    let export = Self.export()
    try fixture.write("logs.csv", export.log)
    try fixture.write("reference.csv", export.reference)
    try fixture.write(
      "almanac.yml",
      """
      report: { trend: 3 }
      models:
        - task: binary-classification
          predictions: logs.csv
          reference: reference.csv
          categorical: [segment]
      """)
    var outputs: [[String: [UInt8]]] = []
    for jobs in [1, 3, 8] {
      var options = ReportOptions(
        configPath: fixture.folder.file("almanac.yml"), period: PeriodSpec("2026-W47"),
        output: fixture.folder.file("out-\(jobs)"),
        clock: .fixed(Date(timeIntervalSince1970: 1_795_694_400)))
      options.history = .none
      options.jobs = jobs
      let outcome = try await Runner.report(options)
      var files: [String: [UInt8]] = [:]
      for path in outcome.files {
        let name = URL(fileURLWithPath: path).lastPathComponent
        files[name] = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      }
      outputs.append(files)
    }
    #expect(outputs[0].count == 4)
    for other in outputs.dropFirst() {
      #expect(other.keys.sorted() == outputs[0].keys.sorted())
      for (name, bytes) in outputs[0] { #expect(other[name] == bytes, "\(name)") }
    }
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(outputs[0]["report.json"] ?? []))
        as? [String: Any])
    let statuses = Set(
      try #require(report["models"] as? [[String: Any]]).compactMap { $0["status"] as? String })
    // Models that drift or decay and models that do not: the order of the report matters.
    #expect(statuses.isSuperset(of: ["green", "red"]), "\(statuses)")
  }
}

extension SplitMix64 {
  /// A standard normal draw (Box-Muller).
  fileprivate mutating func normal() -> Double {
    sqrt(-2 * log(max(nextUnitInterval(), 1e-300))) * cos(2 * .pi * nextUnitInterval())
  }
}
