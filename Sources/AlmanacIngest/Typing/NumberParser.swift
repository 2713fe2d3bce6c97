/// Reads decimal numbers from bytes, correctly rounded (the nearest double, ties to even), as
/// `strtod` and `Double(String)` do.
///
/// Accepted: optional spaces or tabs around the number, an optional sign, digits with an optional
/// decimal point (`12`, `12.5`, `.5`, `5.`), an optional exponent (`1e-4`, `2E+10`), and `inf` or
/// `infinity` in any case. Not accepted: hexadecimal, `nan` (a missing-value token instead),
/// thousands separators, decimal commas.
///
/// Three paths, fastest first. Measured on 1M rows x 25 columns (`scripts/bench/ingest.sh`), the
/// first handles nearly every cell of typical exports:
/// 1. Clinger's fast path: when the significant digits fit in 2^53 and the decimal exponent is
///    within ±22, the value is one exactly rounded product or quotient of two exact doubles.
/// 2. Eisel-Lemire (``PowersOfFive``): up to 19 significant digits, any exponent, one or two
///    64x64-bit multiplications. Covers the 17-digit round-trip output of Python and NumPy.
/// 3. More than 19 significant digits: the standard library's `Double(_:)`, which is exact.
///
/// - Complexity: O(*n*) in the cell's length, no allocation except on path 3.
enum NumberParser {
  /// Parses a whole cell as a number.
  ///
  /// - Parameter bytes: The cell.
  /// - Returns: The number, or nil when the cell (after trimming spaces and tabs) is not one.
  @inline(__always)
  static func parse(_ bytes: UnsafeRawBufferPointer) -> Double? {
    var start = 0
    var end = bytes.count
    while start < end, isBlank(bytes[start]) { start += 1 }
    while end > start, isBlank(bytes[end - 1]) { end -= 1 }
    guard start < end else { return nil }

    var index = start
    var negative = false
    if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    guard index < end else { return nil }
    if bytes[index] | 0x20 == UInt8(ascii: "i") {
      return parseInfinity(bytes, from: index, to: end, negative: negative)
    }

    // Every digit, leading zeros too, goes into the significand: with at most 19 digits in all
    // it is exact in 64 bits. Longer runs are read again, keeping 19 significant digits.
    let digitsStart = index
    var significand: UInt64 = 0
    while index < end, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
      significand = significand &* 10 &+ UInt64(digit)
      index += 1
    }
    let integerDigits = index - digitsStart
    var fractionDigits = 0
    if index < end, bytes[index] == UInt8(ascii: ".") {
      index += 1
      let fractionStart = index
      while index < end, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
        significand = significand &* 10 &+ UInt64(digit)
        index += 1
      }
      fractionDigits = index - fractionStart
    }
    guard integerDigits + fractionDigits > 0 else { return nil }
    var exponent = -fractionDigits
    var dropsNonZeroDigit = false
    if integerDigits + fractionDigits > 19 {
      (significand, exponent, dropsNonZeroDigit) = longSignificand(
        bytes, from: digitsStart, integerDigits: integerDigits, fractionDigits: fractionDigits)
    }
    if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
      guard let written = parseExponent(bytes, from: index + 1, to: end) else { return nil }
      exponent += written
      index = end
    }
    guard index == end else { return nil }

    let magnitude: Double
    if significand == 0 {
      magnitude = 0
    } else if dropsNonZeroDigit {
      return slowPath(bytes, from: start, to: end)
    } else if significand <= 1 << 53, exponent >= -22, exponent <= 22 {
      let scale = exactPowersOfTen[exponent < 0 ? -exponent : exponent]
      magnitude = exponent < 0 ? Double(significand) / scale : Double(significand) * scale
    } else {
      magnitude = EiselLemire.double(significand: significand, exponent: exponent)
    }
    return negative ? -magnitude : magnitude
  }

  /// The powers of ten from 10^0 to 10^22, every one exactly representable as a double.
  private static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  @inline(__always)
  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  /// The first 19 significant digits of a long digit run (with a decimal point after
  /// `integerDigits` digits when `fractionDigits` > 0), their decimal exponent, and whether a
  /// non-zero digit was left out (then only the slow path is exact).
  private static func longSignificand(
    _ bytes: UnsafeRawBufferPointer, from start: Int, integerDigits: Int, fractionDigits: Int
  ) -> (UInt64, Int, Bool) {
    var significand: UInt64 = 0
    var significantDigits = 0
    var exponent = 0
    var dropsNonZeroDigit = false
    let fractionStart = start + integerDigits + 1
    for index in start..<(start + integerDigits) {
      let digit = bytes[index] &- UInt8(ascii: "0")
      if significantDigits < 19 {
        significand = significand * 10 + UInt64(digit)
        if significand != 0 { significantDigits += 1 }
      } else {
        exponent += 1
        dropsNonZeroDigit = dropsNonZeroDigit || digit != 0
      }
    }
    for index in fractionStart..<(fractionStart + fractionDigits) {
      let digit = bytes[index] &- UInt8(ascii: "0")
      if significantDigits < 19 {
        significand = significand * 10 + UInt64(digit)
        if significand != 0 { significantDigits += 1 }
        exponent -= 1
      } else {
        dropsNonZeroDigit = dropsNonZeroDigit || digit != 0
      }
    }
    return (significand, exponent, dropsNonZeroDigit)
  }

  /// Reads `[+-]digits` after an `e`; huge exponents are clamped (the value is then 0 or inf).
  private static func parseExponent(
    _ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int
  ) -> Int? {
    var index = start
    var negative = false
    if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    guard index < end else { return nil }
    var value = 0
    while index < end {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = min(value * 10 + Int(digit), 1_000_000)
      index += 1
    }
    return negative ? -value : value
  }

  private static func parseInfinity(
    _ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, negative: Bool
  ) -> Double? {
    var word: [UInt8] = []
    for index in start..<end { word.append(bytes[index] | 0x20) }
    guard word == Array("inf".utf8) || word == Array("infinity".utf8) else { return nil }
    return negative ? -.infinity : .infinity
  }

  /// More than 19 significant digits: the standard library's exact conversion.
  private static func slowPath(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int)
    -> Double?
  {
    Double(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
  }
}
