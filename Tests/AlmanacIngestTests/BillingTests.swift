import Testing

@testable import AlmanacIngest

/// Billing exports: typed records, one currency across all files.
@Suite struct BillingTests {
  private func read(_ files: [(String, String)]) throws(IngestError) -> [BillingRecord] {
    try BillingReader.read(files.map { InputSource.bytes(Array($0.1.utf8), name: $0.0) })
  }

  @Test func readsTypedRecords() throws {
    let records = try read([
      (
        "nov.csv",
        "date,model,tag,amount,currency,service\n2026-11-16,credit-default,,140.25,usd,gpu\n2026-11-17T23:30:00-05:00,,team-risk,-12.5,USD,credit\n"
      ),
      ("dec.csv", "currency,amount,model,date\nUSD,3e2,store-demand,2026-12-01\n"),
    ])
    #expect(
      records == [
        BillingRecord(
          day: try #require(CalendarDay(year: 2026, month: 11, day: 16)), model: "credit-default",
          tag: nil,
          amount: 140.25, currency: "USD", file: "nov.csv", line: 2),
        BillingRecord(
          day: try #require(CalendarDay(year: 2026, month: 11, day: 17)), model: nil,
          tag: "team-risk",
          amount: -12.5, currency: "USD", file: "nov.csv", line: 3),
        BillingRecord(
          day: try #require(CalendarDay(year: 2026, month: 12, day: 1)), model: "store-demand",
          tag: nil,
          amount: 300, currency: "USD", file: "dec.csv", line: 2),
      ])
  }

  @Test func namesTheLineWhereTheCurrencyChanges() {
    do {
      _ = try read([
        ("a.csv", "date,model,amount,currency\n2026-11-16,m,1,USD\n"),
        ("b.csv", "date,model,amount,currency\n2026-11-16,m,2,USD\n2026-11-17,m,3,EUR\n"),
      ])
      Issue.record("mixed currencies were accepted")
    } catch {
      #expect(
        error.description == """
          b.csv:3:4: error: column "currency": currency "EUR" differs from "USD" in a.csv:2
            hint: convert the amounts to one currency before reading them
          """)
    }
  }

  static let badCases: [MessageCase] = [
    MessageCase(
      testDescription: "no model or tag column", csv: "date,amount,currency\n2026-11-16,1,USD\n",
      message: """
        bill.csv:1: error: column "model": the column is missing; the file has "date", "amount", "currency"
          hint: map the column to one of the file's names in the config
        """),
    MessageCase(
      testDescription: "neither model nor tag",
      csv: "date,model,tag,amount,currency\n2026-11-16,,,1,USD\n",
      message: """
        bill.csv:2:2: error: column "model": a value is required here
        """),
    MessageCase(
      testDescription: "amount with a currency symbol",
      csv: "date,model,amount,currency\n2026-11-16,m,$12.50,USD\n",
      message: """
        bill.csv:2:3: error: column "amount": cannot read "$12.50" as a number
          hint: remove the currency symbol
        """),
    MessageCase(
      testDescription: "bad date", csv: "date,model,amount,currency\n11/16/2026,m,1,USD\n",
      message: """
        bill.csv:2:1: error: column "date": cannot read "11/16/2026" as a date such as 2026-11-16
        """),
    MessageCase(
      testDescription: "bad currency", csv: "date,model,amount,currency\n2026-11-16,m,1,US$\n",
      message: """
        bill.csv:2:4: error: column "currency": cannot read "US$" as a three-letter currency code such as USD
        """),
  ]

  @Test(arguments: badCases)
  func namesTheLineAndColumnOfABadCell(_ testCase: MessageCase) {
    do {
      _ = try read([("bill.csv", testCase.csv)])
      Issue.record("no error")
    } catch {
      #expect(error.description == testCase.message)
    }
  }

  @Test func readsFilesFromAPattern() throws {
    let folder = try TemporaryFolder()
    try folder.write("bills/2026-11.csv", "date,model,amount,currency\n2026-11-30,m,2,EUR\n")
    try folder.write("bills/2026-10.csv", "date,model,amount,currency\n2026-10-31,m,1,EUR\n")
    let records = try BillingReader.read(paths: [folder.path + "/bills/*.csv"])
    #expect(records.map(\.amount) == [1, 2])
  }
}
