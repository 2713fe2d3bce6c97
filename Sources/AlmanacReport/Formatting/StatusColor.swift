import AlmanacNarrative

extension Status {
  /// The status's text colour as `0xRRGGBB`: the HTML pills', the e-mail's and the workbook's.
  ///
  /// Each pair's contrast is listed in `html-style.mustache` (6.3:1 or more).
  var inkColor: UInt32 {
    switch self {
    case .red: 0x991B1B
    case .amber: 0x92400E
    case .green: 0x166534
    }
  }

  /// The background behind the status's text, as `0xRRGGBB`.
  var paperColor: UInt32 {
    switch self {
    case .red: 0xFEE2E2
    case .amber: 0xFEF3C7
    case .green: 0xDCFCE7
    }
  }

  /// A colour as `#rrggbb`.
  ///
  /// - Parameter color: `0xRRGGBB`.
  /// - Returns: The colour for HTML and CSS.
  static func hex(_ color: UInt32) -> String {
    let digits = String(color, radix: 16)
    return "#" + String(repeating: "0", count: 6 - digits.count) + digits
  }
}
