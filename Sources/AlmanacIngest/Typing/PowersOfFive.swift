/// 128-bit truncated approximations of 5^q for q in -342...308, as the Eisel-Lemire algorithm needs.
///
/// Entry q is stored as two words, high then low, at index `2 * (q + 342)`. For q >= 0 it is the
/// top 128 bits of 5^q (truncated). For q < 0 it is floor(2^b / 5^-q) + 1 truncated to its top 128
/// bits, with z the bit length of 5^-q and b = z + 127 when q >= -27, else b = 2z + 128
/// (Lemire, "Number parsing at a gigabyte per second", 2021, section 5 and its table script).
///
/// The table is computed once, exactly, with multi-word integers (about 20,000 word operations), so
/// no generated source has to be trusted. All quotients floor(2^b / 5^k) come from one running
/// quotient floor(2^B / 5^k), divided by 5 for each k, shifted right by B - b: both floors compose.
enum PowersOfFive {
  /// The smallest decimal exponent in the table.
  static let smallestExponent = -342
  /// The largest decimal exponent in the table.
  static let largestExponent = 308

  /// Words high, low for each exponent from ``smallestExponent`` to ``largestExponent``.
  static let table: [UInt64] = {
    var words: [UInt64] = []
    words.reserveCapacity(2 * (largestExponent - smallestExponent + 1))
    // Negative exponents: k = 342 down to 1. B exceeds every b (b <= 2 * 795 + 128).
    let bigExponent = 1_792
    var quotients: [[UInt64]] = []
    var running = BigNumber.powerOfTwo(bigExponent)
    for _ in 1...(-smallestExponent) {
      running.divide(by: 5)
      quotients.append(running.limbs)
    }
    var power = BigNumber(1)
    var bitLengths: [Int] = []
    for _ in 1...(-smallestExponent) {
      power.multiply(by: 5)
      bitLengths.append(power.bitLength)
    }
    for k in stride(from: -smallestExponent, through: 1, by: -1) {
      let z = bitLengths[k - 1]
      let b = k <= 27 ? z + 127 : 2 * z + 128
      var c = BigNumber(limbs: quotients[k - 1]).shiftedRight(by: bigExponent - b)
      c.addOne()
      words += c.top128()
    }
    // Non-negative exponents.
    power = BigNumber(1)
    for _ in 0...largestExponent {
      words += power.top128()
      power.multiply(by: 5)
    }
    return words
  }()
}

/// A non-negative integer of any size, little-endian 64-bit limbs; just enough for ``PowersOfFive``.
private struct BigNumber {
  var limbs: [UInt64]

  init(_ value: UInt64) { limbs = [value] }
  init(limbs: [UInt64]) { self.limbs = limbs }

  static func powerOfTwo(_ exponent: Int) -> BigNumber {
    var limbs = [UInt64](repeating: 0, count: exponent / 64 + 1)
    limbs[exponent / 64] = 1 << UInt64(exponent % 64)
    return BigNumber(limbs: limbs)
  }

  var bitLength: Int {
    guard let top = limbs.lastIndex(where: { $0 != 0 }) else { return 0 }
    return top * 64 + 64 - limbs[top].leadingZeroBitCount
  }

  mutating func multiply(by factor: UInt64) {
    var carry: UInt64 = 0
    for i in limbs.indices {
      let (high, low) = limbs[i].multipliedFullWidth(by: factor)
      let (sum, overflow) = low.addingReportingOverflow(carry)
      limbs[i] = sum
      carry = high &+ (overflow ? 1 : 0)
    }
    if carry != 0 { limbs.append(carry) }
  }

  /// Replaces the number by floor(number / divisor).
  mutating func divide(by divisor: UInt64) {
    var remainder: UInt64 = 0
    for i in limbs.indices.reversed() {
      let (quotient, rest) = divisor.dividingFullWidth((remainder, limbs[i]))
      limbs[i] = quotient
      remainder = rest
    }
  }

  mutating func addOne() {
    for i in limbs.indices {
      let (sum, overflow) = limbs[i].addingReportingOverflow(1)
      limbs[i] = sum
      if !overflow { return }
    }
    limbs.append(1)
  }

  /// floor(number / 2^count).
  func shiftedRight(by count: Int) -> BigNumber {
    BigNumber(limbs: (0..<max(1, limbs.count - count / 64)).map { bits(from: count + 64 * $0) })
  }

  /// The 64 bits starting at bit `start` (bits below zero read as zero).
  func bits(from start: Int) -> UInt64 {
    func limb(_ index: Int) -> UInt64 { index >= 0 && index < limbs.count ? limbs[index] : 0 }
    let index = start >= 0 ? start / 64 : (start - 63) / 64
    let offset = UInt64(start - index * 64)
    guard offset != 0 else { return limb(index) }
    return (limb(index) >> offset) | (limb(index + 1) << (64 - offset))
  }

  /// The top 128 bits, the most significant bit first: truncated when longer, shifted up when
  /// shorter; as `[high, low]`.
  func top128() -> [UInt64] {
    let start = bitLength - 128
    return [bits(from: start + 64), bits(from: start)]
  }
}
