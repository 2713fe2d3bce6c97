import Testing

@testable import AlmanacIngest

/// The plain CSV registry: one row per model version.
@Suite struct CSVRegistryTests {
  private static let csv = """
    name,version,stage,owner,registered_at,description,aliases,baseline_accuracy,baseline_roc_auc,tag_validated_by
    credit-default,3,Staging,ana.silva,2026-10-01,Challenger,challenger,0.91,0.95,auto-ci
    credit-default,10,Production,ana.silva,2026-11-02T09:15:00Z,"Retrained, with <b>bureau</b> data",champion,0.93,,model-risk
    credit-default,2,Archived,,2026-08-20,,,0.90,0.94,
    store-demand,1,None,li.wei,,,,,,

    """

  @Test func readsVersionsStagesOwnersAndBaselines() throws {
    let registry = try Registry(csv: Array(Self.csv.utf8), file: "registry.csv")
    #expect(registry.models.map(\.name) == ["credit-default", "store-demand"])
    let credit = try #require(registry.model(named: "credit-default"))
    #expect(credit.versions.map(\.version) == ["2", "3", "10"])
    #expect(credit.versions.map(\.stage) == ["Archived", "Staging", "Production"])
    #expect(credit.aliases == ["challenger": "3", "champion": "10"])
    #expect(credit.version("10")?.aliases == ["champion"])
    #expect(credit.owner == "ana.silva")
    #expect(credit.description == "Retrained, with <b>bureau</b> data")
    #expect(credit.version("10")?.baseline == ["accuracy": 0.93])
    #expect(credit.version("2")?.baseline == ["accuracy": 0.90, "roc_auc": 0.94])
    #expect(credit.version("3")?.tags == ["validated_by": "auto-ci"])
    // 2026-08-20 (the earliest) is 1,787,184,000 s after the epoch (Python datetime).
    #expect(credit.createdAt == 1_787_184_000_000)
    let demand = try #require(registry.model(named: "store-demand"))
    #expect(demand.versions.map(\.stage) == [nil])
    #expect(demand.versions.first?.registeredAt == nil)
  }

  @Test func readsTheSameFromAFile() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("registry.csv", Self.csv)
    #expect(
      try Registry.loadCSV(path: path) == Registry(csv: Array(Self.csv.utf8), file: "registry.csv"))
  }

  static let badCases: [MessageCase] = [
    MessageCase(
      testDescription: "unknown column", csv: "name,version,baselin_accuracy\nm,1,0.9\n",
      message: """
        registry.csv:1:3: error: column "baselin_accuracy": unknown column; expected "name", "version", "stage", "owner", "registered_at", "description", "aliases", "baseline_<metric>", "tag_<key>"
        """),
    MessageCase(
      testDescription: "missing version column", csv: "name,stage\nm,None\n",
      message: """
        registry.csv:1: error: column "version": the column is missing; the file has "name", "stage"
          hint: map the column to one of the file's names in the config
        """),
    MessageCase(
      testDescription: "empty version", csv: "name,version\nm,\n",
      message: """
        registry.csv:2:2: error: column "version": a value is required here
        """),
    MessageCase(
      testDescription: "version listed twice", csv: "name,version\nm,1\nm,2\nm,1\n",
      message: """
        registry.csv:4:2: error: column "version": version "1" is listed again; it is first on line 2
        """),
    MessageCase(
      testDescription: "baseline not a number", csv: "name,version,baseline_accuracy\nm,1,91%\n",
      message: """
        registry.csv:2:3: error: column "baseline_accuracy": cannot read "91%" as a number
          hint: write percentages as plain numbers (12.5, not 12.5%)
        """),
    MessageCase(
      testDescription: "bad registration date", csv: "name,version,registered_at\nm,1,01/02/2026\n",
      message: """
        registry.csv:2:3: error: column "registered_at": cannot read "01/02/2026" as an ISO-8601 date or date-time such as 2026-11-16 or 2026-11-16T08:30:00Z
          hint: write dates as 2026-11-16 and times as 2026-11-16T08:30:00Z, 2026-11-16 08:30:00 or with an offset such as +01:00
        """),
    MessageCase(
      testDescription: "ragged row", csv: "name,version,owner\nm,1\n",
      message: """
        registry.csv:2:3: error: the record has 2 fields but the header has 3; the first missing one is "owner"
          hint: a delimiter inside a value needs quotes around the value; a missing value still needs its delimiter
        """),
  ]

  @Test(arguments: badCases)
  func namesTheLineAndColumnOfABadCell(_ testCase: MessageCase) {
    do {
      _ = try Registry(csv: Array(testCase.csv.utf8), file: "registry.csv")
      Issue.record("no error")
    } catch {
      #expect(error.description == testCase.message)
    }
  }
}
