import AlmanacTestSupport
import Foundation
import Testing

/// Hostile inputs through the built binary: no trap, no lost run, and a message that points at
/// the input.
@Suite struct HostileInputCLITests {
  let folder: TemporaryFolder
  let almanac: BuiltCommand

  init() throws {
    folder = try TemporaryFolder()
    almanac = try BuiltCommand("almanac")
  }

  func write(_ name: String, _ text: String) throws {
    let path = folder.file(name)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// A config of one model reading `logs.csv` (and `reference.csv` when given).
  func config(task: String = "regression", reference: Bool = false, extra: String = "") throws {
    try write(
      "almanac.yml",
      """
      report: { formats: [html, markdown, xlsx, json] }
      models:
        - name: m
          task: \(task)
          predictions: logs.csv
      \(reference ? "    reference: reference.csv\n" : "")\(extra)
      """)
  }

  func report(_ arguments: [String] = []) throws -> BuiltCommand.Result {
    try almanac.run(
      ["report", "-c", folder.file("almanac.yml"), "--period", "2026-W47"] + arguments)
  }

  func json() throws -> [String: Any] {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: folder.file("reports/2026-W47/report.json")))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func notes() throws -> [String] {
    try #require(try json()["data_notes"] as? [[String: Any]]).compactMap { $0["what"] as? String }
  }

  /// Rows of a regression log in 2026-W47: `x` is the feature.
  func regressionRows(_ rows: [(x: String, prediction: String, actual: String)]) -> String {
    "timestamp,x,prediction,actual\n"
      + rows.enumerated().map { index, row in
        "2026-11-\(16 + index % 7),\(row.x),\(row.prediction),\(row.actual)"
      }.joined(separator: "\n") + "\n"
  }

  @Test func featureValuesNearTheLargestDoubleAreLeftOutNotATrap() throws {
    // Not an identifier: neither whole numbers nor only growing.
    let reference = (0..<30).map {
      (x: String(Double($0 * 7 % 30) + 0.25), prediction: "1", actual: "1")
    }
    try write(
      "reference.csv", regressionRows(reference).replacingOccurrences(of: "timestamp,", with: "t,"))
    try write(
      "logs.csv",
      regressionRows(
        [("1.7e308", "1", "1"), ("-1.7e308", "2", "2")] + (0..<20).map { ("\($0)", "1", "1") }))
    try config(reference: true)
    let run = try report()
    #expect(run.status == 0, "\(run.errors)")
    let notes = try notes()
    #expect(
      notes.contains(
        "Column \"x\" in 2026-W47: 2 of 22 values are not finite and within ±1e100 (such as"
          + " 1.7e+308); they were left out."), "\(notes)")
  }

  @Test func outputsNearTheLargestDoubleCannotOverflowTheMoney() throws {
    try write(
      "logs.csv",
      regressionRows(
        [
          ("1", "-1.7e308", "-1.7e308"), ("1", "-1.7e308", "1"),
          ("1", "3", "1.7976931348623157e308"), ("1", "inf", "2"),
        ]
          + (0..<5).map { _ in ("1", "1", "2") }))
    try config(extra: "    economics: { value_per_prediction: 8, cost_per_unit_error: 0.4 }")
    let run = try report()
    #expect(run.status == 0, "\(run.errors)")
    let model = try #require((try json()["models"] as? [[String: Any]])?.first)
    let volume = try #require(model["volume"] as? [String: Any])
    #expect(volume["labelled"] as? Int == 5)
    #expect((model["economics"] as? [String: Any])?["net"] is Double)
    #expect(
      try notes().contains {
        $0.hasPrefix("Column \"prediction\" in 2026-W47: 3 of 9 values are not finite")
      })
  }

  @Test(arguments: [7, 9, 10, 12, 13, 25, 27, 30])
  func smallWeeksAllRightOrAllWrongAreRecorded(rows: Int) throws {
    for correct in [true, false] {
      try write(
        "logs.csv",
        "timestamp,prediction,actual\n"
          + (0..<rows).map { "2026-11-\(16 + $0 % 7),1,\(correct ? 1 : 0)" }.joined(separator: "\n")
          + "\n")
      try config(task: "binary-classification")
      let run = try report()
      #expect(run.status == 0, "\(rows) rows, correct: \(correct): \(run.errors)")
      let history = try almanac.run(["history", "-c", folder.file("almanac.yml")])
      #expect(history.output.contains("2026-W47"), "\(rows) rows")
    }
  }

  @Test func templatesIncludingEachOtherAreAnErrorNotACrash() throws {
    try write("logs.csv", regressionRows([("1", "1", "1")]))
    try config()
    try write("templates/html-pill.mustache", "<span>{{> html-pill}}</span>")
    let run = try report(["--templates", folder.file("templates")])
    #expect(run.status == 1)
    #expect(
      run.errors.contains(
        "templates/html-pill.mustache:1:7: error: templates include each other without end:"
          + " html-pill → html-pill"))
    try write(
      "almanac.yml",
      """
      report: { templates: templates }
      models: [{ name: m, task: regression, predictions: logs.csv }]
      """)
    let validate = try almanac.run(["validate", "-c", folder.file("almanac.yml")])
    #expect(validate.status == 1)
    #expect(validate.errors.contains("templates include each other without end"))
  }

  @Test func billingCreditsAndStrayRowsAreReportedNotFatal() throws {
    try write("logs.csv", regressionRows([("1", "1", "1"), ("1", "2", "1")]))
    try write(
      "billing.csv",
      "date,model,amount,currency\n2026-11-16,m,-2000.00,USD\n2026-11-17,mm,50,USD\n")
    try write(
      "almanac.yml",
      """
      billing: billing.csv
      models:
        - name: m
          task: regression
          predictions: logs.csv
          economics: { monthly_infrastructure: 100, value_per_prediction: 8, cost_per_unit_error: 0.4 }
      """)
    let run = try report()
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.errors.contains("billing.csv:3: 1 row matches no model of the report"))
    let model = try #require((try json()["models"] as? [[String: Any]])?.first)
    let economics = try #require(model["economics"] as? [String: Any])
    #expect(try #require(economics["cost"] as? Double) < 0)
    #expect(economics["cost_per_1k"] is NSNull)
    #expect(economics["roi"] is NSNull)
  }

  @Test func datesBeyondTheLastReportableWeekPointAtTheInput() throws {
    try write("logs.csv", "timestamp,prediction,actual\n2026-11-16,1,1\n9999-12-31T23:59:59Z,1,1\n")
    try config()
    let far = try almanac.run(["report", "-c", folder.file("almanac.yml"), "--period", "9999-W52"])
    #expect(far.status == 2)
    #expect(far.errors.contains("--period \"9999-W52\" is not a period"))
    let latest = try almanac.run(["report", "-c", folder.file("almanac.yml"), "--period", "latest"])
    #expect(latest.status == 1)
    #expect(
      latest.errors.contains(
        "logs.csv:3:1: error: column \"timestamp\": \"9999-12-31T23:59:59Z\" is out of range:"
          + " reports cover days from 0001-01-02 to 9999-12-25"))
  }

  @Test func scoresOutsideZeroToOneAreCounted() throws {
    try write(
      "logs.csv",
      "timestamp,prediction,score,actual\n2026-11-16,1,0.9,1\n2026-11-17,1,1.7,1\n"
        + "2026-11-18,0,-3,0\n2026-11-19,0,0.2,0\n")
    try config(task: "binary-classification")
    let run = try report()
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      try notes().contains(
        "Column \"score\" in 2026-W47: 2 of 4 values are not between 0 and 1 (such as 1.7); they"
          + " were left out."))
  }

  @Test func controlCharactersInAModelNameShowAsCodes() throws {
    try write(
      "logs.csv",
      "timestamp,model,prediction,actual\n2026-11-16,\"fraud\u{202E}gnineercs\u{1B}]0;x\u{7}\",1,1\n"
    )
    try write("almanac.yml", "models: [{ task: regression, predictions: logs.csv }]\n")
    let run = try report()
    #expect(run.status == 0, "\(run.errors)")
    let markdown = try String(
      contentsOfFile: folder.file("reports/2026-W47/report.md"), encoding: .utf8)
    #expect(markdown.contains("fraudU+202Egnineercs"))
    #expect(!markdown.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{1B}" })
  }

  @Test func aPipeNamedAsInputIsRefusedNotWaitedFor() throws {
    try config()
    #expect(mkfifo(folder.file("logs.csv"), 0o600) == 0)
    let run = try report()
    #expect(run.status == 1)
    #expect(run.errors.contains("logs.csv: error: this is not a regular file"))
    // The same for a template or an analogy pack in the templates folder.
    try FileManager.default.removeItem(atPath: folder.file("logs.csv"))
    try write("logs.csv", regressionRows([("1", "1", "1")]))
    try FileManager.default.createDirectory(
      atPath: folder.file("templates/analogies"), withIntermediateDirectories: true)
    #expect(mkfifo(folder.file("templates/html-pill.mustache"), 0o600) == 0)
    let template = try report(["--templates", folder.file("templates")])
    #expect(template.status != 0)
    #expect(
      template.errors.contains(
        "html-pill.mustache: error: cannot read this template: this is not a regular file"))
    try FileManager.default.removeItem(atPath: folder.file("templates/html-pill.mustache"))
    #expect(mkfifo(folder.file("templates/analogies/mine.yml"), 0o600) == 0)
    let pack = try report(["--templates", folder.file("templates")])
    #expect(pack.status != 0)
    #expect(pack.errors.contains("mine.yml"))
    #expect(pack.errors.contains("this is not a regular file"))
  }

  @Test func messagesNameTheInput() throws {
    // A class label that is neither class names the files and the column.
    try write("logs.csv", "timestamp,prediction,actual\n2026-11-16,1,2\n")
    try config(task: "binary-classification")
    var run = try report()
    #expect(run.status == 1)
    #expect(
      run.errors.contains(
        "logs.csv: error: column \"actual\": cannot tell whether \"2\" is the positive class"))
    // A config that is not UTF-8, and one that is a device.
    try Data([0x6D, 0x6F, 0x64, 0x65, 0x6C, 0x73, 0x3A, 0x20, 0xE9, 0x0A]).write(
      to: URL(fileURLWithPath: folder.file("latin1.yml")))
    run = try almanac.run(["validate", "-c", folder.file("latin1.yml")])
    #expect(run.errors.contains("latin1.yml:1:9: error: the text \"\\xE9\" is not valid UTF-8"))
    run = try almanac.run(["validate", "-c", "/dev/zero"])
    #expect(
      run.errors.contains("/dev/zero: error: cannot read the config: this is not a regular file"))
    // An unknown analogy pack: one "error:", at the config.
    try write(
      "almanac.yml",
      "report: { analogies: gardening }\nmodels: [{ name: m, task: regression, predictions: logs.csv }]\n"
    )
    run = try almanac.run(["validate", "-c", folder.file("almanac.yml")])
    #expect(run.errors.contains("almanac.yml: error: unknown analogy pack \"gardening\""))
    #expect(!run.errors.contains("error: error:"))
  }
}
