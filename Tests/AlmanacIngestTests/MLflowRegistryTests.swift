import Foundation
import Testing

@testable import AlmanacIngest

/// The MLflow registry fixtures (Fixtures/mlflow, real REST answers of MLflow 3.17.2).
@Suite struct MLflowRegistryTests {
  private static let folder = Fixtures.path("mlflow")

  @Test func readsAllFiveModelsWithStagesAndAliases() throws {
    let registry = try Registry.loadMLflow(folder: Self.folder)
    #expect(
      registry.models.map(\.name) == [
        "churn-propensity", "credit-default", "fraud-screening", "marketing-uplift", "store-demand",
      ])
    let credit = try #require(registry.model(named: "credit-default"))
    #expect(credit.versions.map(\.version) == ["1", "2", "3", "4"])
    #expect(credit.versions.map(\.stage) == ["Archived", "Archived", "Staging", "Production"])
    #expect(credit.versions.map(\.aliases) == [[], [], ["challenger"], ["champion"]])
    #expect(credit.aliases == ["champion": "4", "challenger": "3"])
    #expect(credit.owner == "ana.silva")
    #expect(credit.tags["team"] == "credit-risk-ml")
    #expect(credit.tags["cost_center"] == "CC-4100")
    #expect(credit.createdAt == 1_795_707_421_352)
    #expect(credit.version("4")?.registeredAt == 1_795_707_424_616)
    #expect(credit.version("4")?.runID == "d5550782095a40c3ac51d58a41d8ac26")
    #expect(credit.version("4")?.tags == ["validated_by": "model-risk"])
    #expect(credit.version("4")?.description == "credit-default version 4")

    let demand = try #require(registry.model(named: "store-demand"))
    #expect(demand.versions.map(\.version) == ["6", "7"])
    #expect(demand.versions.map(\.stage) == ["Archived", "Production"])
    #expect(demand.owner == "li.wei")

    let fraud = try #require(registry.model(named: "fraud-screening"))
    #expect(fraud.owner == nil)
    #expect(fraud.aliases == ["champion": "2", "challenger": "3"])
  }

  @Test func keepsUntrustedTextVerbatim() throws {
    let uplift = try #require(
      try Registry.loadMLflow(folder: Self.folder).model(named: "marketing-uplift"))
    #expect(uplift.owner == "<b>growth</b> team")
    #expect(uplift.description?.contains(#"<script>alert("registry")</script>"#) == true)
    #expect(uplift.versions.map(\.stage) == [nil])
    #expect(uplift.versions.map(\.aliases) == [[]])
    #expect(uplift.aliases.isEmpty)
  }

  @Test func takesEachVersionsRunMetricsAsItsBaseline() throws {
    let registry = try Registry.loadMLflow(folder: Self.folder)
    var checked = 0
    for model in registry.models {
      for version in model.versions {
        // The run's metrics, read here with JSONSerialization, minus the training history.
        let runID = try #require(version.runID)
        let data = try Data(
          contentsOf: URL(fileURLWithPath: Self.folder + "/runs-get-\(runID).json"))
        let answer = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require(answer["run"] as? [String: Any])
        let metrics = try #require((run["data"] as? [String: Any])?["metrics"] as? [[String: Any]])
        var expected: [String: Double] = [:]
        for metric in metrics {
          let key = try #require(metric["key"] as? String)
          if !key.hasPrefix("train_") { expected[key] = try #require(metric["value"] as? Double) }
        }
        #expect(version.baseline == expected, "\(model.name) \(version.version)")
        checked += 1
      }
    }
    #expect(checked == 12)
    #expect(
      registry.model(named: "store-demand")?.version("7")?.baseline.keys.sorted() == [
        "mae", "mape", "r2", "rmse",
      ])
  }

  @Test func readsTheFolderWithoutItsIndexByFileNames() throws {
    let copy = try TemporaryFolder()
    for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder)
    where name != "index.json" {
      try copy.write(name, try Fixtures.bytes("mlflow/" + name))
    }
    let withIndex = try Registry.loadMLflow(folder: Self.folder)
    #expect(try Registry.loadMLflow(folder: copy.path) == withIndex)
  }

  @Test func usesLatestVersionsWhenThereIsNoVersionSearch() throws {
    let models = MLflowExport.Document(
      name: "registered-models-search.json",
      bytes: try Fixtures.bytes("mlflow/registered-models-search.json"))
    let registry = try Registry(mlflow: MLflowExport(registeredModels: [models]))
    #expect(registry.model(named: "credit-default")?.versions.map(\.version) == ["2", "3", "4"])
    #expect(registry.model(named: "credit-default")?.version("4")?.baseline == [:])
  }

  @Test func readsTheOwnerFromAConfiguredTag() throws {
    let registry = try Registry.loadMLflow(
      folder: Self.folder, options: MLflowOptions(ownerTag: "team"))
    #expect(registry.model(named: "fraud-screening")?.owner == "payments-risk")
  }

  @Test func namesTheFileAndKeyPathOfAFieldWithTheWrongType() throws {
    let text = #"{"model_versions": [{"name": "m", "version": "1"}, {"name": "m", "version": 2}]}"#
    let export = MLflowExport(
      registeredModels: [], modelVersions: [.init(name: "versions.json", bytes: Array(text.utf8))])
    do {
      _ = try Registry(mlflow: export)
      Issue.record("a number as version was accepted")
    } catch {
      #expect(
        error.reason == .wrongType(keyPath: "model_versions[1].version", expected: "a string"))
      #expect(
        error.description == """
          versions.json: error: model_versions[1].version: expected a string
            hint: the file does not look like an unmodified MLflow REST response
          """)
    }
  }

  @Test func namesAMissingField() throws {
    let text = #"{"registered_models": [{"description": "no name"}]}"#
    let export = MLflowExport(registeredModels: [
      .init(name: "models.json", bytes: Array(text.utf8))
    ])
    #expect(
      throws: IngestError(.missingKey(keyPath: "registered_models[0].name"), file: "models.json")
    ) {
      try Registry(mlflow: export)
    }
  }

  @Test func reportsWhereADocumentStopsBeingJSON() throws {
    let cases: [(text: String, line: Int, column: Int, expected: String)] = [
      ("<html>", 1, 1, "a value"),
      ("{\n  \"registered_models\": [\n    {\"name\" \"m\"}\n  ]\n}", 3, 13, "':'"),
      ("{\"registered_models\": [1, 2,]}", 1, 29, "a value"),
      ("{\"registered_models\": []", 1, 25, "',' or '}'"),
      ("{\"a\": \"\\q\"}", 1, 9, "an escape: \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u"),
      ("{\"a\": 1.}", 1, 9, "a digit after the decimal point"),
      ("{} {}", 1, 4, "the end of the document"),
    ]
    for (text, line, column, expected) in cases {
      let export = MLflowExport(registeredModels: [
        .init(name: "models.json", bytes: Array(text.utf8))
      ])
      do {
        _ = try Registry(mlflow: export)
        Issue.record("\(text) was accepted")
      } catch {
        #expect(error.reason == .invalidJSON(expected: expected), "\(text)")
        #expect(error.line == line && error.column == column, "\(text): \(error)")
        #expect(error.file == "models.json")
      }
    }
  }

  @Test func deepNestingIsCheckedWithoutRecursion() {
    let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
    #expect(JSONSyntax.firstBreak(in: Array(deep.utf8)) == nil)
    #expect(
      JSONSyntax.firstBreak(in: Array((deep + "]").utf8))?.expected == "the end of the document")
  }

  @Test func namesAFileTheIndexListsButTheFolderLacks() throws {
    let copy = try TemporaryFolder()
    for name in ["index.json", "registered-models-search.json", "model-versions-search.json"] {
      try copy.write(name, try Fixtures.bytes("mlflow/" + name))
    }
    do {
      _ = try Registry.loadMLflow(folder: copy.path)
      Issue.record("a missing runs/get file was not reported")
    } catch {
      #expect(error.reason == .noSuchFile)
      #expect(error.file.hasPrefix(copy.path + "/runs-get-"))
    }
  }
}
