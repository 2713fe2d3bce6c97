import AlmanacEngines
import AlmanacMetrics
import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// A model whose predictions are a PostgreSQL table reports what the same rows report from
/// files: exact figures equal, figures from bins within their stated bound.
@Suite(
  "Reports from a PostgreSQL table",
  .enabled(if: TestWarehouse.isAvailable, TestWarehouse.skipReason),
  .serialized)
struct EngineReportTests {
  @Test("a table's report equals its files' report, binned figures within their bound")
  func tableMatchesFiles() async throws {
    let fixture = try PipelineFixture()
    let data = SyntheticLogs(seed: 7)
    try fixture.write("reference.csv", data.csv(data.reference))
    try fixture.write("logs.csv", data.csv(data.logs))
    try fixture.write("files.yml", data.config(predictions: "logs.csv", history: "files"))
    try fixture.write(
      "engine.yml",
      data.config(
        predictions: "{ engine: warehouse, table: engine_test.predictions }", history: "engine"))
    try await TestWarehouse.load(
      schema: "engine_test", table: "predictions", columns: SyntheticLogs.columns, rows: data.logs)
    let files = try PipelineFixture.models(
      try await fixture.report(period: "2026-W47", config: "files.yml"))
    let engine = try PipelineFixture.models(
      try await fixture.report(period: "2026-W47", config: "engine.yml"))
    var differences: [String] = []
    ReportComparison.compare(files["credit"], engine["credit"], path: "credit", into: &differences)
    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    let model = try #require(engine["credit"])
    #expect(try PipelineFixture.number(model, "volume", "predictions") == 900)
    // ROC AUC and the numeric features' drift come from bins and say so.
    #expect(try PipelineFixture.number(model, "metrics", "roc_auc", "binning_error") < 0.01)
    let features = try #require((model["drift"] as? [String: Any])?["features"] as? [[String: Any]])
    #expect(
      features.filter { $0["binning_error"] != nil }.map { $0["name"] as? String } == ["x1", "x2"])
  }

  @Test("a reference table reports what the same reference file reports")
  func referenceTable() async throws {
    let fixture = try PipelineFixture()
    let data = SyntheticLogs(seed: 13)
    try fixture.write("reference.csv", data.csv(data.reference))
    try await TestWarehouse.load(
      schema: "engine_reference", table: "predictions", columns: SyntheticLogs.columns,
      rows: data.logs)
    try await TestWarehouse.load(
      schema: "engine_reference_sample", table: "reference",
      columns: Array(SyntheticLogs.columns.dropFirst()),
      rows: data.reference.map { Array($0.dropFirst()) })
    let predictions = "{ engine: warehouse, table: engine_reference.predictions }"
    try fixture.write("file.yml", data.config(predictions: predictions, history: "file"))
    try fixture.write(
      "table.yml",
      data.config(predictions: predictions, history: "table").replacingOccurrences(
        of: "reference: reference.csv",
        with: "reference: { engine: warehouse, table: engine_reference_sample.reference }"))
    let file = try PipelineFixture.models(
      try await fixture.report(period: "2026-W47", config: "file.yml"))
    let table = try PipelineFixture.models(
      try await fixture.report(period: "2026-W47", config: "table.yml"))
    var differences: [String] = []
    ReportComparison.compare(file["credit"], table["credit"], path: "credit", into: &differences)
    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    let features = try #require(
      ((table["credit"]?["drift"] as? [String: Any])?["features"]) as? [[String: Any]])
    #expect(features.count == 3)
  }

  @Test("hostile table, column and model names are quoted and bound, never run")
  func hostileNames() async throws {
    let fixture = try PipelineFixture()
    let hostileModel = "m'; DROP TABLE engine_victim.kept; --"
    var data = SyntheticLogs(
      seed: 11, model: hostileModel, featureName: "x1\"); DROP TABLE engine_victim.kept; --")
    data.logs = Array(data.logs.suffix(200))
    try await TestWarehouse.load(
      schema: "engine_victim", table: "kept", columns: [("id", "integer")], rows: [["1"]])
    let table = "p\"; DROP TABLE engine_victim.kept; --"
    try await TestWarehouse.load(
      schema: "engine_hostile", table: table,
      columns: SyntheticLogs.columns(featureName: data.featureName),
      rows: data.logs)
    try fixture.write("reference.csv", data.csv(data.reference))
    try fixture.write(
      "engine.yml",
      data.config(
        predictions:
          "{ engine: warehouse, table: [engine_hostile, '\(table.replacingOccurrences(of: "'", with: "''"))'] }",
        history: "engine"))
    let models = try PipelineFixture.models(
      try await fixture.report(period: "2026-W47", config: "engine.yml"))
    let model = try #require(models[hostileModel])
    #expect(try PipelineFixture.number(model, "volume", "predictions") == 200)
    let kept = try await TestWarehouse.execute("SELECT COUNT(*) AS n FROM engine_victim.kept")
    #expect(kept["n"]?.values == .integers([1]))
  }

  @Test("validate connects, reads the table's columns and says what it found, or what is wrong")
  func validate() async throws {
    let fixture = try PipelineFixture()
    let data = SyntheticLogs(seed: 5)
    try await TestWarehouse.load(
      schema: "engine_validate", table: "predictions", columns: SyntheticLogs.columns,
      rows: Array(data.logs.prefix(10)))
    try fixture.write("reference.csv", data.csv(data.reference))
    try fixture.write(
      "good.yml",
      data.config(
        predictions: "{ engine: warehouse, table: engine_validate.predictions }", history: "a"))
    try fixture.write(
      "bad.yml",
      data.config(
        predictions: "{ engine: warehouse, table: engine_validate.missing }", history: "b"))
    let good = await Validation.check(configPath: fixture.folder.file("good.yml"))
    #expect(good.problems.isEmpty, "\(good.problems)")
    #expect(
      good.facts.contains {
        $0.hasPrefix("warehouse: engine_validate.predictions: warehouse (postgres://")
          && $0.contains("has 9 columns: timestamp \"ts\", model \"model\"")
          && $0.contains("3 features tested against the reference (2 numeric")
      }, "\(good.facts)")
    let bad = await Validation.check(configPath: fixture.folder.file("bad.yml"))
    #expect(bad.problems.contains { $0.contains("engine_validate.missing") }, "\(bad.problems)")
  }

  @Test(
    "a query the engine rejects fails the run, naming the engine and the table, and publishes nothing"
  )
  func failedQuery() async throws {
    let fixture = try PipelineFixture()
    let data = SyntheticLogs(seed: 3)
    try fixture.write("reference.csv", data.csv(data.reference))
    try fixture.write(
      "engine.yml",
      data.config(
        predictions: "{ engine: warehouse, table: engine_test.no_such_table }", history: "engine"))
    await #expect {
      try await fixture.report(period: "2026-W47", config: "engine.yml")
    } throws: { error in
      let text = String(describing: error)
      return text.contains("warehouse: engine_test.no_such_table")
        && text.contains("warehouse (postgres://") && text.contains("no_such_table")
        && text.contains("(\"credit\") are not reported")
    }
    #expect(!FileManager.default.fileExists(atPath: fixture.folder.file("reports/2026-W47")))
  }
}
