import AlmanacMetrics
import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// A multi-class model whose logs give the confidence of its predicted class is estimated before
/// its outcomes arrive; without a confidence the report says its quality is not known yet.
@Suite struct MulticlassEstimationTests {
  static func write(to fixture: PipelineFixture, withScores: Bool) throws {
    var generator = SplitMix64(seed: 33)
    let classes = ["buy", "browse", "leave"]
    func row(labelled: Bool) -> String {
      let confidence = 0.4 + 0.6 * generator.nextUnitInterval()
      let guess = Int(generator.nextUnitInterval() * 3) % 3
      let truth =
        generator.nextUnitInterval() < confidence
        ? guess : (guess + 1 + Int(generator.nextUnitInterval() * 2)) % 3
      let score = withScores ? "\(confidence)" : ""
      return "\(classes[guess]),\(score),\(labelled ? classes[truth] : "")\n"
    }
    var reference = "prediction,score,actual\n"
    for _ in 0..<3_000 { reference += row(labelled: true) }
    var logs = "timestamp,prediction,score,actual\n"
    for index in 0..<1_400 {
      logs += "2026-11-\(16 + index % 7)T09:00:00Z," + row(labelled: false)
    }
    try fixture.writeModel(
      "intent", task: "multiclass-classification", reference: reference, logs: logs)
  }

  @Test func confidenceGivesEstimatedAccuracyAndMacroF1() async throws {
    let fixture = try PipelineFixture()
    try Self.write(to: fixture, withScores: true)
    let model = try #require(
      try PipelineFixture.models(try await fixture.report(period: "2026-W47"))["intent"])
    let accuracy = try PipelineFixture.number(model, "estimated", "accuracy", "value")
    // Right with chance equal to the confidence, uniform on 0.4 to 1: about 70%.
    #expect(abs(accuracy - 0.7) < 0.03, "\(accuracy)")
    #expect(try PipelineFixture.number(model, "estimated", "accuracy", "low") < accuracy)
    #expect(try PipelineFixture.number(model, "estimated", "f1", "value") > 0.6)
    let notes = try #require(model["notes"] as? [[String: Any]])
    #expect(
      notes.contains {
        ($0["what"] as? String)?.hasSuffix("so this week's figures are estimates.") == true
      })
  }

  @Test func withoutConfidenceTheReportSaysQualityIsNotKnownYet() async throws {
    let fixture = try PipelineFixture()
    try Self.write(to: fixture, withScores: false)
    let model = try #require(
      try PipelineFixture.models(try await fixture.report(period: "2026-W47"))["intent"])
    #expect((model["estimated"] as? [String: Any])?.isEmpty == true)
    let notes = try #require(model["notes"] as? [[String: Any]])
    #expect(
      notes.contains {
        ($0["what"] as? String)?.hasSuffix(
          "and without scores to estimate from, this week's quality is not known yet.") == true
      }, "\(notes)")
  }
}
