import AlmanacNarrative
import Testing

@Suite struct WordingPhrasesTests {
  @Test func writesUnitPricesWithCents() {
    #expect(Wording.unitPrice(0.35, currency: "USD") == "$0.35")
    #expect(Wording.unitPrice(1.2, currency: "EUR") == "€1.20")
    #expect(Wording.unitPrice(-0.004, currency: "USD") == "$0.00")
    #expect(Wording.unitPrice(193.4, currency: "USD") == "$193")
    #expect(Wording.unitPrice(12_500, currency: "GBP") == "£12.5k")
  }

  @Test func writesMeasuresToAboutThreeDigits() {
    #expect(Wording.measure(0.4231) == "0.42")
    #expect(Wording.measure(3.24) == "3.2")
    #expect(Wording.measure(48.66) == "48.7")
    #expect(Wording.measure(1_249.6) == "1,250")
  }

  @Test func writesRelativeChanges() {
    #expect(Wording.change(0.48) == "up 48%")
    #expect(Wording.change(-0.2) == "down 20%")
    #expect(Wording.change(0.004) == "unchanged")
  }

  @Test func countsNounsAndJoinsLists() {
    #expect(Wording.counted(1, "week") == "1 week")
    #expect(Wording.counted(1_200, "prediction") == "1,200 predictions")
    #expect(Wording.counted(2, "child", plural: "children") == "2 children")
    #expect(Wording.list([]) == "")
    #expect(Wording.list(["a"]) == "a")
    #expect(Wording.list(["a", "b"]) == "a and b")
    #expect(Wording.list(["a", "b", "c"]) == "a, b and c")
  }
}
