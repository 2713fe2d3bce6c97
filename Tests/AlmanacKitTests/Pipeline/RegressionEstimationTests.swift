import AlmanacMetrics
import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// A regression model whose outcomes have not arrived gets its MAE and RMSE estimated from its
/// inputs and prediction, learned on its reference.
@Suite struct RegressionEstimationTests {
  @Test func errorsAreEstimatedBeforeTheOutcomes() async throws {
    let fixture = try PipelineFixture()
    var generator = SplitMix64(seed: 12)
    func row(labelled: Bool, lean: Double) -> (String, Double) {
      let size = Foundation.pow(generator.nextUnitInterval(), lean) * 4
      let prediction = 10 + 3 * size
      let error = (generator.nextUnitInterval() - 0.5) * 2 * (0.5 + size)
      let outcome = labelled ? "\(prediction + error)" : ""
      return ("\(size),\(prediction),\(outcome)", abs(error))
    }
    var reference = "size,prediction,actual\n"
    for _ in 0..<3_000 { reference += row(labelled: true, lean: 1).0 + "\n" }
    var logs = "timestamp,size,prediction,actual\n"
    var errors: [Double] = []
    for index in 0..<2_000 {
      let (text, error) = row(labelled: false, lean: 0.5)
      logs += "2026-11-\(16 + index % 7)T09:00:00Z,\(text)\n"
      errors.append(error)
    }
    try fixture.write("reference.csv", reference)
    try fixture.write("logs.csv", logs)
    try fixture.write(
      "almanac.yml",
      """
      report: { trend: 0 }
      models:
        - name: demand
          task: regression
          predictions: logs.csv
          reference: reference.csv
      """)
    let model = try #require(
      try PipelineFixture.models(try await fixture.report(period: "2026-W47"))["demand"])
    let mae = try PipelineFixture.number(model, "estimated", "mae", "value")
    let truth = errors.reduce(0, +) / Double(errors.count)
    // The week leans toward larger sizes, where the model errs more than on its reference.
    #expect(abs(mae - truth) / truth < 0.05, "estimated \(mae), true \(truth)")
    #expect(try PipelineFixture.number(model, "estimated", "rmse", "value") > mae)
    #expect(try PipelineFixture.number(model, "estimated", "mae", "low") < mae)
    let notes = try #require(model["notes"] as? [[String: Any]])
    #expect(
      notes.contains {
        ($0["what"] as? String)?.contains("so this week's figures are estimates.") == true
      }, "\(notes)")
  }
}
