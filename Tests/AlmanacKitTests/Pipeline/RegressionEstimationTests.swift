import AlmanacMetrics
import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// A regression model whose outcomes have not arrived gets its MAE and RMSE estimated from its
/// inputs and prediction, learned on its reference.
@Suite struct RegressionEstimationTests {
  @Test func errorsAreEstimatedBeforeTheOutcomes() async throws {
    let (model, errors) = try await estimatedModel(withIdentifier: false)
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

  /// A row number in the files is left out of drift as id-like, and the error model does not
  /// learn from it either: the estimates are those of the same rows without it.
  @Test func anIdentifierColumnDoesNotChangeTheEstimates() async throws {
    let (plain, _) = try await estimatedModel(withIdentifier: false)
    let (withIdentifier, _) = try await estimatedModel(withIdentifier: true)
    for figure in ["mae", "rmse"] {
      for part in ["value", "low", "high"] {
        #expect(
          try PipelineFixture.number(withIdentifier, "estimated", figure, part)
            == PipelineFixture.number(plain, "estimated", figure, part), "\(figure) \(part)")
      }
    }
  }

  /// A regression model's report for a week without outcomes, and the true absolute errors of
  /// its rows; the rows are the same with and without an `id` column of row numbers.
  private func estimatedModel(withIdentifier: Bool) async throws -> (
    model: [String: Any], errors: [Double]
  ) {
    let fixture = try PipelineFixture()
    var generator = SplitMix64(seed: 12)
    func row(labelled: Bool, lean: Double) -> (String, Double) {
      let size = Foundation.pow(generator.nextUnitInterval(), lean) * 4
      let prediction = 10 + 3 * size
      let error = (generator.nextUnitInterval() - 0.5) * 2 * (0.5 + size)
      let outcome = labelled ? "\(prediction + error)" : ""
      return ("\(size),\(prediction),\(outcome)", abs(error))
    }
    let id = withIdentifier ? "id," : ""
    var reference = "\(id)size,prediction,actual\n"
    for index in 0..<3_000 {
      reference += (withIdentifier ? "\(index)," : "") + row(labelled: true, lean: 1).0 + "\n"
    }
    var logs = "timestamp,\(id)size,prediction,actual\n"
    var errors: [Double] = []
    for index in 0..<2_000 {
      let (text, error) = row(labelled: false, lean: 0.5)
      logs +=
        "2026-11-\(16 + index % 7)T09:00:00Z,\(withIdentifier ? "\(3_000 + index)," : "")\(text)\n"
      errors.append(error)
    }
    try fixture.writeModel("demand", task: "regression", reference: reference, logs: logs)
    let model = try #require(
      try PipelineFixture.models(try await fixture.report(period: "2026-W47"))["demand"])
    return (model, errors)
  }
}
