import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// A portfolio configured with patterns and `task: auto`: one export holds classifiers and
/// regression models, each file is read once, each model goes to the entry that covers it.
@Suite struct PortfolioConfigTests {
  /// Three models of each task in one export, and one model no entry names.
  static func write(to fixture: PipelineFixture) throws {
    var log = "timestamp,model,prediction,actual,size\n"
    for day in 16...22 {
      for row in 0..<12 {
        let time = "2026-11-\(day)T\(10 + row):00:00Z"
        for index in 0..<3 {
          log += "\(time),fraud-\(index),\(row % 2),\((row / 2) % 2),\(row)\n"
          log +=
            "\(time),intent-\(index),\(["buy", "browse", "leave"][row % 3]),"
            + "\(["buy", "browse", "leave"][(row / 3) % 3]),\(row)\n"
          log += "\(time),demand-\(index),\(Double(row) + 0.5),\(Double(row)),\(row)\n"
        }
        log += "\(time),orphan,1,1,\(row)\n"
      }
    }
    try fixture.write("logs.csv", log)
  }

  static let config = """
    report: { trend: 0, formats: [json] }
    models:
      - name: "demand-2"
        task: regression
        predictions: logs.csv
        thresholds: { error_rise_warn: 0.05, error_rise_alert: 0.1 }
      - name: "fraud-*"
        task: binary-classification
        predictions: logs.csv
      - name: "[di]*"
        task: auto
        predictions: logs.csv
    """

  @Test func entriesThatShareFilesAreReadTogether() throws {
    let config = try AlmanacConfig.parse(yaml: Self.config, path: "/srv/almanac.yml")
    let groups = ModelLoader.groups(config.models)
    #expect(groups.count == 1)
    #expect(groups.first?.map(\.name) == ["demand-2", "fraud-*", "[di]*"])
    var other = config.models[0]
    other.predictions = ["/srv/other.csv"]
    #expect(ModelLoader.groups(config.models + [other]).count == 2)
  }

  @Test func eachModelGoesToTheEntryThatCoversItWithItsTask() async throws {
    let fixture = try PipelineFixture()
    try Self.write(to: fixture)
    try fixture.write("almanac.yml", Self.config)
    let report = await Validation.check(configPath: fixture.folder.file("almanac.yml"))
    #expect(report.problems.isEmpty, "\(report.problems)")
    let facts = report.facts
    #expect(facts.contains(#"demand-2: models[0] ("demand-2"), regression"#))
    #expect(
      facts.contains(
        #"demand-0: models[2] ("[di]*"), regression (task: auto, its predictions or outcomes have fractions (such as 0.5))"#
      ), "\(facts)")
    #expect(facts.contains(#"fraud-1: models[1] ("fraud-*"), binary-classification"#))
    #expect(
      facts.contains(
        #"intent-0: models[2] ("[di]*"), multiclass-classification (task: auto, its predictions and outcomes are labels (3 classes: buy, browse, leave))"#
      ), "\(facts)")
    #expect(
      facts.contains(
        "\(fixture.folder.file("logs.csv")): 1 model (orphan); no models entry covers them,"
          + " so they are left out"))

    let models = try PipelineFixture.models(try await fixture.report(period: "2026-W47"))
    #expect(
      models.keys.sorted() == [
        "demand-0", "demand-1", "demand-2", "fraud-0", "fraud-1", "fraud-2", "intent-0", "intent-1",
        "intent-2",
      ])
    let tasks = models.mapValues { $0["task"] as? String }
    #expect(tasks["demand-0"] == "regression" && tasks["demand-2"] == "regression")
    #expect(tasks["fraud-2"] == "binary-classification")
    #expect(tasks["intent-1"] == "multiclass-classification")
    // Regression figures from predictions read as text beside the classifiers' labels.
    #expect(
      try PipelineFixture.number(try #require(models["demand-1"]), "metrics", "mae", "value") == 0.5
    )
  }

  @Test func aRegistryTagGivesTheTaskBeforeTheRows() async throws {
    let fixture = try PipelineFixture()
    try Self.write(to: fixture)
    // The rows of intent-1 would make a multi-class model; its registry tag says otherwise.
    try fixture.write(
      "registry.csv",
      "name,version,tag_kind\nintent-1,1,binary-classification\nfraud-0,1,bogus\nghost,3,\n")
    try fixture.write(
      "almanac.yml",
      """
      registry: { csv: registry.csv, task_tag: kind }
      models:
        - task: auto
          predictions: logs.csv
          positive_class: buy
      """)
    let facts = await Validation.check(configPath: fixture.folder.file("almanac.yml")).facts
    #expect(
      facts.contains(
        #"intent-1: models[0] (no name), binary-classification (task: auto, the registry's "kind" tag says so)"#
      ), "\(facts)")
    #expect(
      facts.contains { $0.hasPrefix("intent-2: models[0] (no name), multiclass-classification") })
    #expect(
      facts.contains {
        $0.hasPrefix("fraud-0: models[0] (no name), binary-classification (task: auto, its")
      })
    #expect(
      facts.contains(
        "registry: 1 model (ghost) has no prediction logs; the report's governance section lists a"
          + " production one as unmonitored"))
  }
}
