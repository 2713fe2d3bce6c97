import AlmanacIngest
import AlmanacMetrics
import Testing

@testable import AlmanacKit

@Suite struct ConfigTests {
  let path = "/srv/almanac/almanac.yml"

  @Test func readsAFullConfigWithDefaultsAndAbsolutePaths() throws {
    let yaml = """
      report:
        title: Weekly model health
        organization: Example Bank
        period: 2026-W47
        trend: 4
        formats: [json, markdown]
        currency: eur
      registry:
        mlflow: exports/mlflow
      models:
        - name: credit-default
          task: binary-classification
          predictions: exports/credit/predictions-*.csv.gz
          reference: /data/training.csv
          columns: { timestamp: ts, model: model_name, prediction: pred, score: proba, actual: label }
          categorical: [region]
          drift: { method: { income: psi }, threshold: { income: 0.2 } }
          economics:
            monthly_infrastructure: 4200
            outcomes: { true_positive: 1200, false_positive: -150 }
        - task: regression
          predictions: [a.jsonl, b.jsonl]
      """
    let config = try AlmanacConfig.parse(yaml: yaml, path: path)
    #expect(
      config.report.period == .isoWeek(try #require(ReportPeriod.isoWeek(year: 2026, week: 47))))
    #expect(config.report.trend == 4)
    #expect(config.report.formats == [.markdown, .json])
    #expect(config.report.currency == "EUR")
    #expect(config.report.output == "/srv/almanac/reports")
    #expect(config.historyPath == "/srv/almanac/reports/almanac.sqlite")
    #expect(config.registry == .mlflow(folder: "/srv/almanac/exports/mlflow", ownerTag: "owner"))
    let credit = config.models[0]
    #expect(credit.predictions == ["/srv/almanac/exports/credit/predictions-*.csv.gz"])
    #expect(credit.reference == ["/data/training.csv"])
    #expect(credit.columns.timestamp == "ts" && credit.columns.version == "version")
    #expect(credit.drift.methods == ["income": .psi] && credit.drift.thresholds == ["income": 0.2])
    #expect(credit.economics?.rates.monthlyInfrastructure == 4200)
    #expect(credit.economics?.outcomes?.falsePositive == -150)
    #expect(credit.economics?.outcomes?.trueNegative == 0)
    #expect(credit.economics?.forecasts == nil)
    #expect(config.models[1].name == nil)
    #expect(config.models[1].predictions.count == 2)
  }

  @Test func listsEveryProblemWithItsLine() {
    let yaml = """
      report:
        titel: Weekly
        trend: many
      models:
        - name: credit-default
          predictions: p.csv
        - name: demand
          task: forecasting
          predictions: d.csv
          economics: { per_label: -1 }
      """
    #expect(
      throws: ConfigErrors([
        ConfigError(
          file: path, line: 2, column: 3, message: "unknown key \"titel\" in report",
          hint: "expected one of: title, organization, period, trend, formats, output, analogies, "
            + "currency, time_zone, accent_color, logo_text, footer, templates, lock_timeout, email, link"
        ),
        ConfigError(
          file: path, line: 3, column: 10,
          message: "report.trend must be a whole number from 0 to 104, found \"many\""),
        ConfigError(
          file: path, line: 5, column: 5,
          message: "models[0] is missing required key \"task\"",
          hint: "task: binary-classification, multiclass-classification, regression or auto"),
        ConfigError(
          file: path, line: 8, column: 11,
          message: "models[1].task must be one of binary-classification, "
            + "multiclass-classification, regression, auto, found \"forecasting\""),
      ])
    ) {
      try AlmanacConfig.parse(yaml: yaml, path: path)
    }
  }

  @Test func readsTheEmailBlockAndNamesABadAddress() throws {
    let valid = try AlmanacConfig.parse(
      yaml: """
        report:
          email: { from: almanac@example.com, to: [cfo@example.com], sendmail: "sendmail -t -i" }
        models: [{ name: a, task: regression, predictions: a.csv }]
        """, path: path)
    #expect(valid.report.email?.from.description == "almanac@example.com")
    #expect(valid.report.email?.to.map(\.description) == ["cfo@example.com"])
    #expect(valid.report.email?.sendmail == "sendmail -t -i")
    let error = try #require(throws: ConfigErrors.self) {
      try AlmanacConfig.parse(
        yaml: """
          report:
            email: { from: "bad address", to: [ok@example.com, "x@"] }
          models: [{ name: a, task: regression, predictions: a.csv }]
          """, path: path)
    }
    #expect(
      error.errors.map(\.description) == [
        "\(path):2:18: error: report.email.from \"bad address\" is not an e-mail address: it contains a space\n"
          + "  hint: write an address as ana@example.com or Ana Silva <ana@example.com>",
        "\(path):2:54: error: report.email.to[1] \"x@\" is not an e-mail address: nothing comes after the @\n"
          + "  hint: write an address as ana@example.com or Ana Silva <ana@example.com>",
      ])
  }

  @Test func readsDisplayNamesAndTheReportLink() throws {
    let config = try AlmanacConfig.parse(
      yaml: """
        report:
          link: "https://reports.example.com/almanac/{period}/report.html"
          email:
            from: "Almanac Reports <almanac@example.com>"
            to: ["CEO <ceo@example.com>", "\\"Silva, Ana\\" <ana@example.com>", "José Núñez <jose@example.com>"]
        models: [{ name: a, task: regression, predictions: a.csv }]
        """, path: path)
    let email = try #require(config.report.email)
    #expect(email.from.name == "Almanac Reports")
    #expect(email.from.address.text == "almanac@example.com")
    #expect(email.to.map(\.name) == ["CEO", "Silva, Ana", "José Núñez"])
    #expect(
      config.report.link(for: "2026-W47")
        == "https://reports.example.com/almanac/2026-W47/report.html")
  }

  @Test(arguments: [
    ("ftp://example.com/{period}", "it must start with https:// or http://"),
    ("https://example.com/week {period}", "it contains a space; write it as %20"),
    (
      "https://example.com/\"onmouseover=x",
      #"it contains "\"", which an address cannot hold as it is"#
    ),
    ("https:///{period}", "it names no host after the //"),
    ("https://example.com/{week}", #"it contains "{", which an address cannot hold as it is"#),
  ])
  func refusesAReportLinkThatIsNotAWebAddress(_ link: String, problem: String) throws {
    let error = try #require(throws: ConfigErrors.self) {
      try AlmanacConfig.parse(
        yaml: """
          report: { link: \(String(reflecting: link)) }
          models: [{ name: a, task: regression, predictions: a.csv }]
          """, path: path)
    }
    #expect(error.errors.count == 1)
    #expect(
      error.errors.first?.description.contains(
        "report.link \(String(reflecting: link)) is not a web address: \(problem)") == true)
  }

  @Test func aMessageIDDomainWithALineBreakIsAConfigError() throws {
    let path = "/srv/almanac/almanac.yml"
    let error = try #require(throws: ConfigErrors.self) {
      try AlmanacConfig.parse(
        yaml: """
          report:
            email: { from: a@example.com, message_id_domain: "example.com\\r\\nBcc: x@evil.example" }
          models: [{ name: a, task: regression, predictions: a.csv }]
          """, path: path)
    }
    #expect(error.errors.count == 1)
    #expect(error.errors.first?.line == 2)
    #expect(error.errors.first?.description.contains("cannot end a Message-ID") == true)
  }

  @Test func reportsAMissingModelsList() {
    #expect(
      throws: ConfigErrors([
        ConfigError(
          file: path, line: 1, column: 1, message: "missing required key \"models\"",
          hint: "list at least one model under models:")
      ])
    ) {
      try AlmanacConfig.parse(yaml: "report: { title: x }", path: path)
    }
  }

  @Test func reportsInvalidYAMLWithItsPlace() throws {
    let error = try #require(throws: ConfigErrors.self) {
      try AlmanacConfig.parse(yaml: "models:\n  - name: [unclosed\n", path: path)
    }
    #expect(error.errors.count == 1)
    #expect(error.errors[0].line == 3)
    #expect(error.errors[0].message.hasPrefix("invalid YAML"))
  }
}
