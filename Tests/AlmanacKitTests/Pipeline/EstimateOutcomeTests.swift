import AlmanacMetrics
import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// When the outcomes of a week that was reported on estimates arrive, the next report says how
/// close the estimate was, and the week's figures in the history become the measured ones.
@Suite struct EstimateOutcomeTests {
  /// Rows whose outcome is positive with chance score², like a miscalibrated model.
  static func rows(
    count: Int, days: ClosedRange<Int>, labelled: Bool, generator: inout SplitMix64
  ) -> String {
    var text = ""
    for row in 0..<count {
      let score = generator.nextUnitInterval()
      let actual = generator.nextUnitInterval() < score * score ? 1 : 0
      let day = days.lowerBound + row % days.count
      text +=
        "2026-11-\(day < 10 ? "0" : "")\(day)T12:00:00Z,\(score >= 0.5 ? 1 : 0),\(score),\(labelled ? "\(actual)" : "")\n"
    }
    return text
  }

  @Test func theNextReportSaysHowCloseTheEstimateWas() async throws {
    let fixture = try PipelineFixture()
    var generator = SplitMix64(seed: 46)
    var reference = "prediction,score,actual\n"
    for _ in 0..<4_000 {
      let score = generator.nextUnitInterval()
      let actual = generator.nextUnitInterval() < score * score ? 1 : 0
      reference += "\(score >= 0.5 ? 1 : 0),\(score),\(actual)\n"
    }
    try fixture.write("reference.csv", reference)
    try fixture.write(
      "almanac.yml",
      """
      models:
        - name: scorer
          task: binary-classification
          predictions: logs.csv
          reference: reference.csv
      """)
    let header = "timestamp,prediction,score,actual\n"
    let week46Seed = generator
    var seeded = week46Seed
    // First run: 2026-W46 without outcomes, reported on estimates.
    try fixture.write(
      "logs.csv",
      header + Self.rows(count: 3_000, days: 9...15, labelled: false, generator: &seeded))
    let first = try await fixture.report(period: "2026-W46")
    let before = try #require(try PipelineFixture.models(first)["scorer"])
    #expect(
      (before["notes"] as? [[String: Any]])?.contains {
        $0["kind"] as? String == "estimate_checked"
      } == false)

    // Second run, a week later: the same rows of 2026-W46 now have their outcomes.
    seeded = week46Seed
    var logs = header + Self.rows(count: 3_000, days: 9...15, labelled: true, generator: &seeded)
    logs += Self.rows(count: 3_000, days: 16...22, labelled: false, generator: &seeded)
    try fixture.write("logs.csv", logs)
    let second = try await fixture.report(period: "2026-W47")
    let model = try #require(try PipelineFixture.models(second)["scorer"])
    let notes = try #require(model["notes"] as? [[String: Any]])
    let note = try #require(notes.first { $0["kind"] as? String == "estimate_checked" })
    let what = try #require(note["what"] as? String)
    #expect(
      what.contains(
        #/^2026-W46's accuracy was estimated at \d+\.\d% \(likely between \d+\.\d% and \d+\.\d%\) before its outcomes arrived; they now give \d+\.\d%, (within that range\.|outside that range: the estimate was off by \d+\.\d points\.)$/#
      ), "\(what)")
    // The trend now shows 2026-W46 as measured.
    let trend = try #require(model["trend"] as? [[String: Any]])
    #expect(trend.first { $0["period"] as? String == "2026-W46" }?["estimated"] as? Bool == false)
  }
}
