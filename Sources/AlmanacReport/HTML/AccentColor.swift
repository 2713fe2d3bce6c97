import Foundation

/// The branding's accent colour, checked, with the text colour that reads best on it.
///
/// The colour goes into the page's style sheet, so only `#RRGGBB` is accepted: anything else could
/// end the CSS rule. Text on the accent is black or white, whichever contrasts more by WCAG 2.1
/// (relative luminance of sRGB); the better of the two is at least 4.58:1 for every colour, so the
/// masthead passes AA whatever the config says.
struct AccentColor: Equatable {
  /// The colour as `#RRGGBB`, upper case.
  let hex: String
  /// The red, green and blue channels, 0 to 255.
  let channels: [Int]

  /// Reads a colour.
  ///
  /// - Parameter text: `#RRGGBB`, either case.
  /// - Throws: `RenderError.invalidAccentColor` for anything else.
  init(_ text: String) throws {
    let digits = text.dropFirst()
    guard text.first == "#", digits.count == 6, digits.allSatisfy(\.isHexDigit) else {
      throw RenderError.invalidAccentColor(text)
    }
    var channels: [Int] = []
    var start = digits.startIndex
    while start < digits.endIndex {
      let end = digits.index(start, offsetBy: 2)
      guard let channel = Int(digits[start..<end], radix: 16) else {
        throw RenderError.invalidAccentColor(text)
      }
      channels.append(channel)
      start = end
    }
    hex = text.uppercased()
    self.channels = channels
  }

  /// The relative luminance by WCAG 2.1: 0.2126 R + 0.7152 G + 0.0722 B over linearised sRGB.
  var relativeLuminance: Double {
    let linear = channels.map { channel -> Double in
      let value = Double(channel) / 255
      return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
  }

  /// `#FFFFFF` or `#000000`, whichever contrasts more with the colour.
  ///
  /// Contrast is (lighter + 0.05) / (darker + 0.05); against white that is 1.05 / (L + 0.05),
  /// against black (L + 0.05) / 0.05.
  var textColor: String {
    let luminance = relativeLuminance
    let withWhite = 1.05 / (luminance + 0.05)
    let withBlack = (luminance + 0.05) / 0.05
    return withWhite >= withBlack ? "#FFFFFF" : "#000000"
  }
}
