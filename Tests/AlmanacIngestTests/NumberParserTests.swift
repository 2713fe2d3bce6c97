import AlmanacMetrics
import Testing

@testable import AlmanacIngest

@Suite struct NumberParserTests {
  private func parse(_ text: String) -> Double? {
    Array(text.utf8).withUnsafeBytes { NumberParser.parse($0) }
  }

  /// Bit-for-bit equality, so 0.0 and -0.0 differ and the comparison is exact.
  private func expectSameAsStandardLibrary(_ text: String, seed: UInt64) {
    let expected = Double(text)
    let actual = parse(text)
    #expect(
      actual?.bitPattern == expected?.bitPattern,
      "\(text): parsed \(String(describing: actual)), Double(String) gives \(String(describing: expected)) (seed \(seed))"
    )
  }

  @Test func roundsRandomDecimalsLikeTheStandardLibrary() {
    let seed: UInt64 = 20_261_126
    var random = SplitMix64(seed: seed)
    for _ in 0..<200_000 {
      let digitCount = Int.random(in: 1...21, using: &random)
      var digits = (0..<digitCount).map { _ in String(Int.random(in: 0...9, using: &random)) }
        .joined()
      let point = Int.random(in: 0...digitCount, using: &random)
      if point < digitCount && Bool.random(using: &random) {
        digits.insert(".", at: digits.index(digits.startIndex, offsetBy: point))
      }
      let sign = Bool.random(using: &random) ? "-" : ""
      let exponent =
        Bool.random(using: &random) ? "e\(Int.random(in: -345...310, using: &random))" : ""
      expectSameAsStandardLibrary(sign + digits + exponent, seed: seed)
    }
  }

  @Test func readsBackTheShortestTextOfRandomDoubles() {
    let seed: UInt64 = 7
    var random = SplitMix64(seed: seed)
    for _ in 0..<100_000 {
      let value = Double(
        bitPattern: random.next() & ~(0x7FF << 52) | UInt64.random(in: 0...0x7FE, using: &random)
          << 52)
      let text = "\(value)"
      #expect(parse(text)?.bitPattern == value.bitPattern, "\(text) (seed \(seed))")
    }
  }

  @Test(arguments: [
    "9007199254740993", "9007199254740995", "9007199254740992.5", "18014398509481985",
    "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
    "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
    "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
    "0.1", "0.3", "1e23", "8.98846567431158e307", "7.2057594037927933e16",
    "123456789012345678901234567890", "0.000000000000000000000000000001234",
    "1e-400", "1e400", "-0", "-0.0e10", "00000.00001", "5.", ".5", "+3", "1E+2",
    "3.14159265358979323846264338327950288", "12.5", "-17.000001", "1e0",
    "0e999999999999", "9999999999999999999", "99999999999999999999",
  ])
  func handlesHardCases(_ text: String) {
    expectSameAsStandardLibrary(text, seed: 0)
  }

  @Test(arguments: [
    "", " ", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "0x1p3", "nan",
    "1 2", "--1", "1-", "$5", "12%", "infinite", "in",
  ])
  func rejectsWhatIsNotADecimalNumber(_ text: String) {
    #expect(parse(text) == nil)
  }

  @Test func acceptsInfinitiesAndSurroundingBlanks() {
    #expect(parse("inf") == .infinity)
    #expect(parse("-Infinity") == -.infinity)
    #expect(parse("  12.5\t") == 12.5)
  }
}
