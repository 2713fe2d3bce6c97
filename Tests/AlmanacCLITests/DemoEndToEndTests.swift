import AlmanacTestSupport
import Foundation
import Testing

/// Runs the built `almanac` on the demo and checks the JSON report's figures against values
/// computed here, straight from the demo's files, without any of Almanac's code.
@Suite struct DemoEndToEndTests {
  let folder: TemporaryFolder
  let almanac: BuiltCommand

  init() throws {
    folder = try TemporaryFolder()
    almanac = try BuiltCommand("almanac")
  }

  /// The JSON report of a run.
  func report(_ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func model(_ name: String, in report: [String: Any]) throws -> [String: Any] {
    let models = try #require(report["models"] as? [[String: Any]])
    return try #require(models.first { $0["name"] as? String == name })
  }

  func number(_ object: [String: Any], _ path: String...) throws -> Double {
    var current: Any = object
    for key in path { current = try #require((current as? [String: Any])?[key]) }
    return try #require((current as? NSNumber)?.doubleValue)
  }

  /// Rows of a demo CSV as dictionaries (the demo writes no quoted fields).
  func csvRows(_ path: String) throws -> [[String: String]] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    return lines.dropFirst().map { line in
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      return Dictionary(uniqueKeysWithValues: zip(header, cells))
    }
  }

  @Test func demoReportsTheLatestWeekWithFiguresFromItsFiles() throws {
    let work = folder.file("work")
    let output = folder.file("reports")
    let run = try almanac.run(["demo", "--work", work, "--output", output])
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output.split(separator: "\n").map(String.init) == [
        "\(output)/2026-W47/report.html", "\(output)/2026-W47/report.md",
        "\(output)/2026-W47/almanac-2026-W47.xlsx", "\(output)/2026-W47/report.json",
      ])
    let json = try report("\(output)/2026-W47/report.json")
    #expect(json["schema"] as? String == "almanac.report/1")
    let period = try #require(json["period"] as? [String: Any])
    #expect(period["label"] as? String == "2026-W47")
    #expect(period["start"] as? String == "2026-11-16")
    #expect(period["end"] as? String == "2026-11-22")
    #expect(period["partial"] as? Bool == false)
    #expect(period["days_with_data"] as? Int == 7)

    // credit-default: volume and the missing outcomes of the last week.
    let credit = try model("credit-default", in: json)
    let creditRows = try csvRows("\(work)/credit-default/predictions-2026-W47.csv")
    #expect(try number(credit, "volume", "predictions") == Double(creditRows.count))
    #expect(
      try number(credit, "volume", "labelled")
        == Double(creditRows.filter { !$0["label"]!.isEmpty }.count))
    let estimated = try #require(credit["estimated"] as? [String: Any])
    #expect(estimated["accuracy"] != nil)

    // store-demand: mean absolute error and money, recomputed from the JSON Lines.
    let demand = try model("store-demand", in: json)
    let lines = try String(
      contentsOfFile: "\(work)/store-demand/predictions-2026-W47.jsonl", encoding: .utf8
    )
    .split(separator: "\n")
    var errors: [Double] = []
    for line in lines {
      let row = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      guard let actual = (row["actual"] as? NSNumber)?.doubleValue else { continue }
      errors.append(abs(try #require((row["prediction"] as? NSNumber)?.doubleValue) - actual))
    }
    let mae = errors.reduce(0, +) / Double(errors.count)
    expectClose(try number(demand, "metrics", "mae", "value"), mae)
    let cost = 1500.0 * 12 / 365.25 * 7 + Double(lines.count) / 1000 * 0.30
    let value = Double(errors.count) * 8.00 - 0.40 * errors.reduce(0, +)
    expectClose(try number(demand, "economics", "cost"), cost)
    expectClose(try number(demand, "economics", "value"), value)
    expectClose(try number(demand, "economics", "net"), value - cost)

    // The drift share is the share of features whose drift is detected.
    for entry in [credit, demand] {
      let drift = try #require(entry["drift"] as? [String: Any])
      let features = try #require(drift["features"] as? [[String: Any]])
      let detected = features.filter { $0["detected"] as? Bool == true }.count
      expectClose(try number(drift, "share"), Double(detected) / Double(features.count))
    }

    // The summary counts the models by status.
    let summary = try #require(json["summary"] as? [String: Any])
    let statuses = [credit, demand].compactMap { $0["status"] as? String }
    for status in ["green", "amber", "red"] {
      #expect(summary[status] as? Int == statuses.filter { $0 == status }.count)
    }
  }

  @Test func aMeasuredWeekHasAccuracyWithItsWilsonInterval() throws {
    let work = folder.file("work")
    let setup = try almanac.run([
      "demo", "--work", work, "--output", folder.file("latest"), "--format", "json",
    ])
    #expect(setup.status == 0, "\(setup.errors)")
    let run = try almanac.run([
      "report", "--config", "\(work)/almanac.yml", "--period", "2026-W45", "--format", "json",
      "--output", folder.file("w45"),
    ])
    #expect(run.status == 0, "\(run.errors)")
    let credit = try model(
      "credit-default", in: try report(folder.file("w45/2026-W45/report.json")))
    let rows = try csvRows("\(work)/credit-default/predictions-2026-W45.csv")
    let labelled = rows.filter { !($0["label"] ?? "").isEmpty }
    let correct = Double(labelled.filter { $0["label"] == $0["pred"] }.count)
    let n = Double(labelled.count)
    let p = correct / n
    let z = 1.959963984540054
    let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    let half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
    #expect(try number(credit, "volume", "labelled") == n)
    expectClose(try number(credit, "metrics", "accuracy", "value"), p)
    expectClose(try number(credit, "metrics", "accuracy", "low"), centre - half)
    expectClose(try number(credit, "metrics", "accuracy", "high"), centre + half)
  }

  /// The demo's story: income drifts gradually from week 5, debt ratio and channel shift suddenly in
  /// week 7, accuracy falls after, and the last week's outcomes are not known yet.
  @Test(arguments: ["2026-W46", "2026-W47"])
  func demoFindingsTellItsStory(period: String) throws {
    let work = folder.file("work")
    let setup = try almanac.run([
      "demo", "--work", work, "--output", folder.file("latest"), "--format", "json",
    ])
    #expect(setup.status == 0, "\(setup.errors)")
    let run = try almanac.run([
      "report", "-c", "\(work)/almanac.yml", "--period", period, "--format", "json", "--output",
      folder.file("out"),
    ])
    #expect(run.status == 0, "\(run.errors)")
    let json = try report(folder.file("out/\(period)/report.json"))
    let credit = try model("credit-default", in: json)
    #expect(credit["status"] as? String == "red")
    let findings = try #require(credit["findings"] as? [[String: Any]])
    func finding(_ kind: String) throws -> [String: Any] {
      try #require(findings.first { $0["kind"] as? String == kind }, "no \(kind) in \(findings)")
    }
    let sudden = try #require(try finding("sudden_drift")["what"] as? String)
    #expect(
      sudden.contains("Debt ratio") && sudden.contains("channel") && !sudden.contains("Income"))
    let gradual = try #require(try finding("gradual_drift")["what"] as? String)
    #expect(gradual.hasPrefix("Income"))
    let decline = try finding("accuracy_decline")
    #expect(decline["severity"] as? String != "green")
    #expect(try #require(decline["impact"] as? Double) < 0)
    // Late outcomes are normal: a note, never under what needs attention.
    #expect(findings.allSatisfy { $0["severity"] as? String != "green" })
    let notes = try #require(credit["notes"] as? [[String: Any]])
    #expect(notes.contains { $0["kind"] as? String == "labels_missing" })
    let demand = try model("store-demand", in: json)
    #expect(demand["status"] as? String == "green")
  }

  @Test func exitCodesTellCronWhatHappened() throws {
    let work = folder.file("work")
    let demo = try almanac.run([
      "demo", "--work", work, "--output", folder.file("a"), "--format", "json",
    ])
    #expect(demo.status == 0)
    let failOn = try almanac.run([
      "report", "-c", "\(work)/almanac.yml", "--output", folder.file("b"), "--format", "json",
      "--fail-on", "red",
    ])
    #expect(failOn.status == 3)
    let usage = try almanac.run(["report", "--period", "next week"])
    #expect(usage.status == 2)
    #expect(usage.errors.contains("--period \"next week\" is not a period"))
    let missing = try almanac.run(["report", "-c", folder.file("absent.yml")])
    #expect(missing.status == 1)
    #expect(missing.errors.hasPrefix("\(folder.file("absent.yml")): error: cannot read the config"))
  }

  @Test func validateListsEveryProblemAndWritesNothing() throws {
    let config = folder.file("almanac.yml")
    try """
    report: { title: Test, colour: blue }
    models: []
    """.write(toFile: config, atomically: true, encoding: .utf8)
    let syntax = try almanac.run(["validate", "-c", config])
    #expect(syntax.status == 1)
    #expect(syntax.errors.contains("\(config):1:24: error: unknown key \"colour\" in report"))
    #expect(syntax.errors.contains("\(config):2:9: error: models must list at least one model"))

    try """
    models:
      - name: a
        task: regression
        predictions: missing-*.csv
      - name: b
        task: binary-classification
        predictions: absent.csv
    """.write(toFile: config, atomically: true, encoding: .utf8)
    let inputs = try almanac.run(["validate", "-c", config])
    #expect(inputs.status == 1)
    #expect(inputs.errors.contains("missing-*.csv"))
    #expect(inputs.errors.contains("absent.csv"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["almanac.yml"])

    try "timestamp,prediction,actual,region\n2026-11-16,1,1,north\n".write(
      toFile: folder.file("week.csv"), atomically: true, encoding: .utf8)
    try """
    models:
      - { name: a, task: regression, predictions: week.csv, drift: { method: { region: ks } } }
    """.write(toFile: config, atomically: true, encoding: .utf8)
    let methods = try almanac.run(["validate", "-c", config])
    #expect(methods.status == 1)
    #expect(methods.errors.contains("drift.method ks cannot test \"region\", a categorical column"))
  }

  func expectClose(
    _ actual: Double, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    // Relative 1e-12: the report and this test sum in different orders.
    #expect(
      abs(actual - expected) <= 1e-12 * max(1, abs(expected)), "\(actual) != \(expected)",
      sourceLocation: sourceLocation)
  }
}
