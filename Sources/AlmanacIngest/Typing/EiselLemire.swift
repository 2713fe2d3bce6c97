/// The Eisel-Lemire conversion of w x 10^q to the nearest double (ties to even).
///
/// Source: D. Lemire, "Number parsing at a gigabyte per second", Software: Practice and Experience
/// 51(8), 2021, algorithm 1, with the proof of N. Mushtak and D. Lemire, "Fast number parsing
/// without fallback" (2023) that the 128-bit product always decides the result for a 64-bit w, so
/// there is no fallback branch. Exactness is tested against `Double(String)` on random decimals.
enum EiselLemire {
  /// The nearest double to `significand` x 10^`exponent`.
  ///
  /// - Parameters:
  ///   - significand: The decimal significand w, at most 19 digits (any 64-bit value works).
  ///   - exponent: The decimal exponent q, any value.
  /// - Returns: The correctly rounded non-negative double; 0 below the subnormal range and
  ///   infinity above the largest finite double.
  /// - Complexity: O(1): one or two 64x64-bit multiplications.
  static func double(significand: UInt64, exponent: Int) -> Double {
    let q = exponent
    guard significand != 0, q >= PowersOfFive.smallestExponent else { return 0 }
    guard q <= PowersOfFive.largestExponent else { return .infinity }
    let leadingZeros = significand.leadingZeroBitCount
    let w = significand << UInt64(leadingZeros)
    let table = PowersOfFive.table
    let index = 2 * (q - PowersOfFive.smallestExponent)
    var (high, low) = w.multipliedFullWidth(by: table[index])
    // Too few bits are known for sure when the 9 bits below the 55 kept ones are all set: add the
    // contribution of the lower half of the power of five.
    let precisionMask: UInt64 = 0x1FF
    if high & precisionMask == precisionMask {
      let (secondHigh, _) = w.multipliedFullWidth(by: table[index + 1])
      let (sum, overflow) = low.addingReportingOverflow(secondHigh)
      low = sum
      if overflow { high &+= 1 }
    }
    let upperBit = Int(high >> 63)
    let shift = UInt64(upperBit + 64 - 52 - 3)
    var mantissa = high >> shift
    // floor(log2(10^q)) + 63 via the 16-bit fixed-point constant 217706 / 2^16 ~ log2(10).
    var power2 = ((217_706 * q) >> 16) + 63 + upperBit - leadingZeros + 1_023

    if power2 <= 0 {  // Subnormal or zero.
      guard -power2 + 1 < 64 else { return 0 }
      mantissa >>= UInt64(-power2 + 1)
      mantissa += mantissa & 1
      mantissa >>= 1
      power2 = mantissa < 1 << 52 ? 0 : 1
      return Double(bitPattern: UInt64(power2) << 52 | (mantissa & (1 << 52 - 1)))
    }
    // Exactly half-way between two doubles (possible only for small q): round to even.
    if low <= 1, q >= -4, q <= 23, mantissa & 3 == 1, mantissa << shift == high {
      mantissa &= ~1
    }
    mantissa += mantissa & 1
    mantissa >>= 1
    if mantissa >= 2 << 52 {
      mantissa = 1 << 52
      power2 += 1
    }
    mantissa &= ~(1 << 52)
    guard power2 < 0x7FF else { return .infinity }
    return Double(bitPattern: UInt64(power2) << 52 | mantissa)
  }
}
