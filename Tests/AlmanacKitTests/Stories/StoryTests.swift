import AlmanacMetrics
import AlmanacStore
import AlmanacTestSupport
import Foundation
import Testing

@testable import AlmanacKit

/// Scripted histories run through the whole pipeline, from files to report: the verdicts, the
/// kinds of finding, their severities and durations, and for three stories the words themselves.
@Suite struct StoryTests {
  /// Runs a story and reports one week.
  func run(_ story: Story, period: String = "2026-W48") async throws -> (
    report: [String: Any], model: [String: Any], fixture: PipelineFixture
  ) {
    let fixture = try PipelineFixture()
    try story.write(to: fixture)
    let report = try await fixture.report(period: period)
    let model = try #require(try PipelineFixture.models(report)["car-loan"])
    return (report, model, fixture)
  }

  /// Every week's verdict, as the run recorded it in the history.
  func statuses(_ fixture: PipelineFixture) throws -> [String: String] {
    let store = try HistoryStore(path: fixture.folder.file("reports/almanac.sqlite"))
    return Dictionary(
      uniqueKeysWithValues: try store.trend(model: "car-loan", count: 100).map {
        ($0.period.label, $0.status.rawValue)
      })
  }

  func findings(_ model: [String: Any]) throws -> [[String: Any]] {
    try #require(model["findings"] as? [[String: Any]])
  }

  func kinds(_ model: [String: Any]) throws -> [String] {
    try findings(model).compactMap { "\($0["kind"] ?? "") \($0["severity"] ?? "")" }
  }

  /// The findings and notes as a reader sees them, for goldens.
  func story(_ model: [String: Any]) throws -> String {
    var lines = ["\(model["status"] ?? "") — \(model["headline"] ?? "")"]
    for finding in try findings(model) {
      lines.append(
        "\(finding["severity"] ?? "") \(finding["kind"] ?? ""): \(finding["what"] ?? "")")
    }
    for note in try #require(model["notes"] as? [[String: Any]]) {
      lines.append("note \(note["kind"] ?? ""): \(note["what"] ?? "")")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func feature(_ name: String, in model: [String: Any]) throws -> [String: Any] {
    let drift = try #require(model["drift"] as? [String: Any])
    let features = try #require(drift["features"] as? [[String: Any]])
    return try #require(features.first { $0["name"] as? String == name })
  }

  @Test func stableWeeksStayGreenWithTheIdLeftOut() async throws {
    let (_, model, fixture) = try await run(Story())
    #expect(try findings(model).isEmpty)
    #expect(try statuses(fixture).values.allSatisfy { $0 == "green" })
    let drift = try #require(model["drift"] as? [String: Any])
    let excluded = try #require(drift["excluded"] as? [[String: String]])
    #expect(excluded == [["name": "id", "reason": "id_like"]])
    let metrics = try #require(model["metrics"] as? [String: [String: Any]])
    #expect(metrics["accuracy"]?["baseline_source"] as? String == "reference")
  }

  @Test func validateSaysWhichColumnsDriftTestsLeaveOut() async throws {
    let fixture = try PipelineFixture()
    try Story().write(to: fixture)
    let report = await Validation.check(configPath: fixture.folder.file("almanac.yml"))
    #expect(report.problems.isEmpty)
    #expect(
      report.facts == [
        "car-loan: models[0] (\"car-loan\"), binary-classification",
        "car-loan: drift tests leave out \"id\", an identifier, counter or time: every value is"
          + " new, so it always differs; list it in features to test it anyway",
      ])
  }

  @Test func aStepIsSuddenDriftAndADeclineDatedFromIt() async throws {
    var story = Story()
    for index in 8..<12 {
      story.weeks[index] = LoanProcess.Week.shifted
    }
    let (_, model, fixture) = try await run(story)
    #expect(try kinds(model).contains("sudden_drift amber"))
    #expect(try kinds(model).contains("accuracy_decline amber"))
    let x1 = try feature("x1", in: model)
    #expect(x1["pattern"] as? String == "step")
    #expect(x1["since"] as? String == "2026-W45")
    #expect(x1["periods"] as? Int == 4)
    let accuracy = try #require((model["metrics"] as? [String: [String: Any]])?["accuracy"])
    #expect(accuracy["since"] as? String == "2026-W45")
    #expect(accuracy["periods"] as? Int == 4)
    let weekly = try statuses(fixture)
    #expect(Story.labels.prefix(8).allSatisfy { weekly[$0] == "green" })
    #expect(Story.labels.suffix(4).allSatisfy { weekly[$0] == "amber" })
    GoldenFile(suite: "StoryTests", name: "step.txt").expectMatch(try self.story(model))
  }

  @Test func aSlowTrendIsGradualDriftFromItsBuildUp() async throws {
    var story = Story()
    for index in 4..<12 {
      let weeks = Double(index - 3)
      story.weeks[index] = LoanProcess.Week(x1Shift: 0.08 * weeks, amountScale: 1 + 0.06 * weeks)
    }
    let (_, model, _) = try await run(story)
    #expect(try kinds(model).contains("gradual_drift amber"))
    let amount = try feature("amount", in: model)
    #expect(amount["pattern"] as? String == "trend")
    #expect(amount["since"] as? String == "2026-W41")
    #expect(amount["periods"] as? Int == 8)
    GoldenFile(suite: "StoryTests", name: "trend.txt").expectMatch(try self.story(model))
  }

  @Test func driftThatComesAndGoesIsIntermittent() async throws {
    var story = Story()
    for index in [5, 7, 11] {
      story.weeks[index] = LoanProcess.Week(segmentMove: 0.3, regionMove: 0.3)
    }
    let (_, model, _) = try await run(story)
    #expect(try kinds(model).contains("intermittent_drift amber"))
    let segment = try feature("segment", in: model)
    #expect(segment["pattern"] as? String == "intermittent")
    #expect(segment["since"] as? String == "2026-W42")
    GoldenFile(suite: "StoryTests", name: "intermittent.txt").expectMatch(try self.story(model))
  }

  @Test func partialFirstAndLastWeeksAreMarkedAndJudgedByDailyRates() async throws {
    var story = Story()
    story.firstDay = "2026-09-10"  // the Thursday of 2026-W37
    story.lastDay = "2026-11-24"  // the Tuesday of 2026-W48
    let (report, model, fixture) = try await run(story)
    let period = try #require(report["period"] as? [String: Any])
    #expect(period["partial"] as? Bool == true)
    #expect(period["days_with_data"] as? Int == 2)
    #expect(try findings(model).isEmpty)
    #expect(try statuses(fixture).values.allSatisfy { $0 == "green" })
    let notes = try #require(report["data_notes"] as? [[String: Any]])
    #expect(notes.contains { ($0["what"] as? String)?.hasPrefix("2026-W48 is partial") == true })
    // Latest picks the last complete week, and says which.
    let latest = try await fixture.report(period: "latest")
    #expect((latest["period"] as? [String: Any])?["label"] as? String == "2026-W47")
    let latestNotes = try #require(latest["data_notes"] as? [[String: Any]])
    #expect(
      latestNotes.contains {
        ($0["what"] as? String)?.hasPrefix(
          "Reporting 2026-W47, the last complete week of data: the prediction logs cover"
            + " 2026-09-10 to 2026-11-24, and 2026-W48 has data for 2 days only.") == true
      })
  }

  @Test func labelSpellingsThatMeanOneClassAreOneClass() async throws {
    var story = Story()
    story.referenceLabels = ("1.0", "0.0")
    story.logLabels = ("true", "false")
    let (_, model, fixture) = try await run(story)
    #expect(try findings(model).isEmpty)
    #expect(try statuses(fixture).values.allSatisfy { $0 == "green" })
    let drift = try #require(model["drift"] as? [String: Any])
    let outputs = try #require(drift["outputs"] as? [[String: Any]])
    let actual = try #require(outputs.first { $0["name"] as? String == "actual" })
    #expect(actual["detected"] as? Bool == false)
    #expect(try #require(actual["score"] as? Double) < 0.05)
  }

  @Test func nanTextInANumericColumnIsMissingAndOtherTextIsCounted() async throws {
    var story = Story()
    story.weeks[11] = LoanProcess.Week(nanShare: 0.02, unreadable: true)
    let (report, model, _) = try await run(story)
    #expect(try findings(model).isEmpty)
    let x2 = try feature("x2", in: model)
    #expect(x2["kind"] as? String == "numeric")
    #expect(x2["detected"] as? Bool == false)
    let notes = try #require(report["data_notes"] as? [[String: Any]])
    let cells = try #require(notes.first { $0["kind"] as? String == "unreadable_cells" })
    #expect(
      cells["what"] as? String
        == "Column \"x2\" in 2026-W48: 1 of 1,000 cells could not be read as numbers (such as"
        + " \"52 000,5\"); it was left out.")
  }

  @Test func aPortfolioWithoutHistoryClaimsNoTimingAndKeepsGreenApart() async throws {
    // 120 models in one export, one week each, no history; every tenth moved in one step.
    var generator = SplitMix64(seed: 3)
    var reference = ["model," + Story.header]
    var logs = ["model,timestamp," + Story.header]
    let shifted = Set(stride(from: 0, to: 120, by: 10).map { "m\($0)" })
    for index in 0..<120 {
      let name = "m\(index)"
      for _ in 0..<400 {
        reference.append(
          "\(name),\(Story.row(LoanProcess.draw(LoanProcess.Week(), &generator)))")
      }
      let week = shifted.contains(name) ? LoanProcess.Week.shifted : LoanProcess.Week()
      for row in 0..<600 {
        let drawn = LoanProcess.draw(week, &generator)
        logs.append("\(name),2026-11-\(23 + row % 7)T08:00:00Z,\(Story.row(drawn))")
      }
    }
    let fixture = try PipelineFixture()
    try fixture.write("reference.csv", reference.joined(separator: "\n") + "\n")
    try fixture.write("predictions.csv", logs.joined(separator: "\n") + "\n")
    try fixture.write(
      "almanac.yml",
      """
      models:
        - task: binary-classification
          predictions: predictions.csv
          reference: reference.csv

      """)
    let models = try PipelineFixture.models(try await fixture.report(period: "2026-W48"))
    #expect(models.count == 120)
    var falseAlarms: [String] = []
    for (name, model) in models {
      let found = try findings(model)
      // Nothing to date a step from, and no green finding under what needs attention.
      #expect(!found.contains { $0["kind"] as? String == "sudden_drift" }, "\(name)")
      #expect(!found.contains { $0["severity"] as? String == "green" }, "\(name)")
      if shifted.contains(name) {
        #expect(model["status"] as? String != "green", "\(name)")
        #expect(found.contains { $0["kind"] as? String == "data_drift" }, "\(name)")
      } else if !found.isEmpty {
        falseAlarms.append("\(name): \(found.map { "\($0["kind"] ?? "") \($0["what"] ?? "")" })")
      }
    }
    // 1% per model for drift, about 0.1% for accuracy: at most a couple of the 108 stable models.
    #expect(falseAlarms.count <= 2, "\(falseAlarms)")
  }
}
