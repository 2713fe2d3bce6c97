import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// The pipeline on small exports written by the tests: many models in one export, files without
/// timestamps, skipped rows, and trends from the history database.
@Suite struct PipelineTests {
  @Test func oneExportWithAThousandModelsReportsEachOnItsOwn() async throws {
    let fixture = try PipelineFixture()
    var log = "timestamp,model,prediction,actual,size\n"
    var reference = "model,prediction,actual,size\n"
    var errors: [String: [Double]] = [:]
    for index in 0..<1000 {
      let name = "model-\(index)"
      for row in 0..<4 {
        let actual = Double(index + row)
        let prediction = actual + Double(row % 2 == 0 ? index % 7 : -(index % 5))
        log += "2026-11-1\(6 + row)T10:00:00Z,\(name),\(prediction),\(actual),\(index * 10 + row)\n"
        reference += "\(name),\(actual),\(actual),\(index * 10 + row)\n"
        errors[name, default: []].append(abs(prediction - actual))
      }
    }
    try fixture.write("logs.csv", log)
    try fixture.write("reference.csv", reference)
    try fixture.write(
      "almanac.yml",
      """
      report: { trend: 0 }
      models:
        - task: regression
          predictions: logs.csv
          reference: reference.csv
      """)
    let models = try PipelineFixture.models(try await fixture.report(period: "2026-W47"))
    #expect(models.count == 1000)
    for name in ["model-0", "model-421", "model-999"] {
      let model = try #require(models[name])
      let expected = try #require(errors[name])
      #expect(try PipelineFixture.number(model, "volume", "predictions") == 4)
      let mae = try PipelineFixture.number(model, "metrics", "mae", "value")
      #expect(abs(mae - expected.reduce(0, +) / 4) < 1e-12)
    }
  }

  @Test func aFileWithoutTimestampsIsTheReportPeriod() async throws {
    let fixture = try PipelineFixture()
    try fixture.write("week.csv", "prediction,actual\n1,1\n0,1\n1,1\n0,0\n")
    try fixture.write(
      "almanac.yml",
      """
      models:
        - name: churn
          task: binary-classification
          predictions: week.csv
          columns: { timestamp: null }
      """)
    let report = try await fixture.report(period: "2026-W47")
    let churn = try #require(try PipelineFixture.models(report)["churn"])
    #expect(try PipelineFixture.number(churn, "volume", "predictions") == 4)
    #expect(try PipelineFixture.number(churn, "metrics", "accuracy", "value") == 0.75)
  }

  @Test func aReferenceOfInputsAloneIsComparedOnItsInputs() async throws {
    let fixture = try PipelineFixture()
    try fixture.write(
      "week.csv", "timestamp,prediction,actual,size\n2026-11-16,1,1,10\n2026-11-17,2,2,11\n")
    try fixture.write("reference.csv", "size\n10\n11\n12\n")
    try fixture.write(
      "almanac.yml",
      """
      models:
        - { name: demand, task: regression, predictions: week.csv, reference: reference.csv }
      """)
    let demand = try #require(
      try PipelineFixture.models(try await fixture.report(period: "2026-W47"))["demand"])
    let drift = try #require(demand["drift"] as? [String: Any])
    #expect((drift["features"] as? [[String: Any]])?.map { $0["name"] as? String } == ["size"])
    #expect((drift["outputs"] as? [[String: Any]])?.isEmpty == true)
  }

  @Test func skippedRowsAreCountedInTheReport() async throws {
    let fixture = try PipelineFixture()
    try fixture.write(
      "week.csv",
      """
      timestamp,prediction,actual
      2026-11-16,1,1
      2026-11-17,0
      2026-11-18,yes-ish,0
      2026-11-19,0,0

      """)
    try fixture.write(
      "almanac.yml",
      """
      models:
        - name: churn
          task: regression
          predictions: week.csv
          on_bad_rows: skip
      """)
    let report = try await fixture.report(period: "2026-W47")
    let allNotes = try #require(report["data_notes"] as? [[String: Any]])
    // The rows end on Thursday, so the week is partial too, and says so.
    #expect(allNotes.compactMap { $0["kind"] as? String } == ["skipped_rows", "data_dates"])
    let notes = allNotes.filter { $0["kind"] as? String == "skipped_rows" }
    #expect(notes.first?["skipped_rows"] as? Int == 2)
    #expect(notes.first?["what"] as? String == "2 rows could not be read and were skipped.")
    let reasons = try #require(notes.first?["reasons"] as? [String])
    #expect(reasons.count == 2)
    #expect(notes.first?["source"] as? String == "week.csv")
    #expect(reasons[0].hasPrefix("week.csv:3:"))
    #expect(reasons[1].contains("week.csv:4:") && reasons[1].contains("yes-ish"))
    let churn = try #require(try PipelineFixture.models(report)["churn"])
    #expect(try PipelineFixture.number(churn, "volume", "predictions") == 2)
  }

  @Test func trendsComeFromHistoryWhenTheExportHoldsOneWeek() async throws {
    let fixture = try PipelineFixture()
    let config = """
      models:
        - name: demand
          task: regression
          predictions: week.csv
      """
    try fixture.write("almanac.yml", config)
    try fixture.write(
      "week.csv", "timestamp,prediction,actual\n2026-11-10,10,12\n2026-11-11,10,9\n2026-11-12,5,5\n"
    )
    try await fixture.report(period: "2026-W46")
    try fixture.write("week.csv", "timestamp,prediction,actual\n2026-11-17,10,11\n")
    let report = try await fixture.report(period: "2026-W47")
    let demand = try #require(try PipelineFixture.models(report)["demand"])
    let trend = try #require(demand["trend"] as? [[String: Any]])
    #expect(trend.map { $0["period"] as? String } == ["2026-W46", "2026-W47"])
    #expect(trend.map { $0["predictions"] as? Int } == [3, 1])
    #expect(try PipelineFixture.number(trend[0], "mae") == 1)
    #expect(try PipelineFixture.number(demand, "metrics", "mae", "previous") == 1)

    let runs = try HistoryListing.text(
      configPath: fixture.folder.file("almanac.yml"), model: nil, limit: 5)
    #expect(runs.split(separator: "\n").count == 3)
    #expect(runs.contains("2026-W46") && runs.contains("2026-W47"))
    let history = try HistoryListing.text(
      configPath: fixture.folder.file("almanac.yml"), model: "demand", limit: 5)
    #expect(
      history.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) } == [
        "period", "2026-W46", "2026-W47",
      ])
  }

  @Test func multiClassModelsGetAccuracyAndMacroF1AndConfiguredDriftTests() async throws {
    let fixture = try PipelineFixture()
    let rows = [("cat", "cat"), ("dog", "cat"), ("bird", "bird"), ("dog", "dog"), ("cat", "cat")]
    var log = "timestamp,prediction,actual,weight\n"
    for (index, row) in rows.enumerated() {
      log += "2026-11-\(16 + index),\(row.0),\(row.1),\(index)\n"
    }
    try fixture.write("week.csv", log)
    try fixture.write(
      "reference.csv", "prediction,actual,weight\ncat,cat,1\ndog,dog,2\nbird,bird,3\n")
    try fixture.write(
      "almanac.yml",
      """
      models:
        - name: animals
          task: multiclass-classification
          predictions: week.csv
          reference: reference.csv
          numeric: [weight]
          drift: { method: { weight: psi }, threshold: { weight: 0.5 } }
      """)
    let animals = try #require(
      try PipelineFixture.models(try await fixture.report(period: "2026-W47"))["animals"])
    #expect(try PipelineFixture.number(animals, "metrics", "accuracy", "value") == 0.8)
    // Macro F1 over cat (P 1, R 2/3), dog (P 1/2, R 1) and bird (P 1, R 1).
    let f1 = (0.8 + 2.0 / 3.0 + 1.0) / 3
    #expect(abs(try PipelineFixture.number(animals, "metrics", "f1", "value") - f1) < 1e-12)
    let features = try #require(
      (animals["drift"] as? [String: Any])?["features"] as? [[String: Any]])
    #expect(features.first?["name"] as? String == "weight")
    #expect(features.first?["method"] as? String == "psi")
    #expect(features.first?["threshold"] as? Double == 0.5)
  }

  /// Monday 2026-11-23 at 02:00 UTC is still Sunday evening in New York: last week there is W46.
  @Test(arguments: [("UTC", "2026-W47"), ("America/New_York", "2026-W46")])
  func lastWeekIsCountedInTheConfiguredTimeZone(zone: String, expected: String) async throws {
    let fixture = try PipelineFixture()
    try fixture.write("week.csv", "timestamp,prediction,actual\n2026-11-12,1,1\n2026-11-18,1,2\n")
    try fixture.write(
      "almanac.yml",
      """
      report: { time_zone: \(zone) }
      models: [{ name: demand, task: regression, predictions: week.csv }]
      """)
    let report = try await fixture.report(
      period: "last-week", now: Date(timeIntervalSince1970: 1_795_399_200))
    #expect((report["period"] as? [String: Any])?["label"] as? String == expected)
  }

  /// Billing rows replace the infrastructure estimate on the days they cover, matched by model name
  /// or by a registry tag; a row in another currency stops the run.
  @Test func billingReplacesTheEstimateDayByDay() async throws {
    let fixture = try PipelineFixture()
    try fixture.write(
      "week.csv", "timestamp,prediction,actual\n2026-11-16,10,10\n2026-11-17,10,12\n")
    try fixture.write(
      "registry.csv",
      "name,version,stage,owner,registered_at,description,tag_cost_center\n"
        + "demand,1,Production,li.wei,2026-06-01,Forecasts,CC-2300\n")
    try fixture.write(
      "billing.csv",
      "date,model,tag,amount,currency\n2026-11-16,demand,,40,USD\n2026-11-17,,cost_center=CC-2300,25,USD\n"
        + "2026-11-17,other,,999,USD\n2026-11-30,demand,,7,USD\n")
    try fixture.write(
      "almanac.yml",
      """
      registry: { csv: registry.csv }
      billing: billing.csv
      models:
        - name: demand
          task: regression
          predictions: week.csv
          version: "1"
          economics: { monthly_infrastructure: 3000, value_per_prediction: 5, cost_per_unit_error: 1 }
      """)
    let report = try await fixture.report(period: "2026-W47")
    let demand = try #require(try PipelineFixture.models(report)["demand"])
    // The row for "other" matches no model: counted for nobody, and said so.
    let notes = try #require(report["data_notes"] as? [[String: Any]])
    #expect(
      notes.contains {
        $0["kind"] as? String == "unmatched_billing"
          && $0["what"] as? String
            == "billing.csv:4: 1 row matches no model of the report, such as this one for model"
            + " \"other\"; its amount is counted for no model."
      })
    let daily = 3000.0 * 12 / 365.25
    let cost = try PipelineFixture.number(demand, "economics", "cost")
    #expect(abs(cost - (40 + 25 + 5 * daily)) < 1e-9)
    #expect(try PipelineFixture.number(demand, "economics", "value") == 2 * 5 - 2)

    try fixture.write("billing.csv", "date,model,amount,currency\n2026-11-16,demand,40,EUR\n")
    await #expect(throws: RunFailure.self) { try await fixture.report(period: "2026-W47") }
  }
}
