import AlmanacNarrative
import Testing

@Suite struct WordingTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let amount: Double
    let currency: String
    let expected: String
    var testDescription: String { "\(amount) \(currency) -> \(expected)" }
  }

  @Test(arguments: [
    Case(amount: 850, currency: "USD", expected: "$850"),
    Case(amount: 999.4, currency: "USD", expected: "$999"),
    Case(amount: 999.6, currency: "USD", expected: "$1.0k"),
    Case(amount: 12_431, currency: "USD", expected: "$12.4k"),
    Case(amount: -1_234_567, currency: "EUR", expected: "-€1.2M"),
    Case(amount: 3_000, currency: "chf", expected: "CHF 3.0k"),
    Case(amount: -0.2, currency: "GBP", expected: "£0"),
    Case(amount: 2.5e9, currency: "USD", expected: "$2.5B"),
  ])
  func writesShortMoney(_ c: Case) {
    #expect(Wording.money(c.amount, currency: c.currency) == c.expected)
  }

  @Test func writesNumbersWithSeparators() {
    #expect(Wording.number(1_234_567.891, decimals: 2) == "1,234,567.89")
    #expect(Wording.number(-0.004, decimals: 2) == "0.00")
    #expect(Wording.number(-2.5) == "-3")
    #expect(Wording.number(.nan) == "n/a")
    #expect(Wording.count(-1_000) == "-1,000")
    #expect(Wording.moneyExact(-12_430.6, currency: "USD") == "-$12,431")
  }

  @Test func writesSharesAndChanges() {
    #expect(Wording.percent(0.8412) == "84%")
    #expect(Wording.percent(0.8412, decimals: 1) == "84.1%")
    #expect(Wording.points(-0.07) == "down 7 points")
    #expect(Wording.points(0.012) == "up 1 point")
    #expect(Wording.points(0.004) == "unchanged")
    #expect(Wording.inTen(0.31) == "3 in 10")
    #expect(Wording.inTen(0.02) == "2 in 100")
    #expect(Wording.inTen(0.97) == "97 in 100")
  }
}
