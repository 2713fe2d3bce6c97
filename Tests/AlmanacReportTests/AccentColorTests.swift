import Foundation
import Testing

@testable import AlmanacReport

/// The branding colour: only `#RRGGBB`, and masthead text that passes WCAG AA on it.
@Suite struct AccentColorTests {
  @Test(arguments: ["red", "#12345", "#1234567", "#GGGGGG", "1F4E79", "#1F4E79;}", ""])
  func rejectsAnythingButHexColours(_ text: String) {
    #expect(throws: RenderError.invalidAccentColor(text)) { try AccentColor(text) }
  }

  @Test func readsAndNormalisesHex() throws {
    let color = try AccentColor("#1f4e79")
    #expect(color.hex == "#1F4E79")
    #expect(color.channels == [0x1F, 0x4E, 0x79])
  }

  /// WCAG 2.1 contrast ratio, written out here from the definition (relative luminance of sRGB).
  static func contrast(_ a: [Int], _ b: [Int]) -> Double {
    func luminance(_ rgb: [Int]) -> Double {
      let linear = rgb.map { channel -> Double in
        let c = Double(channel) / 255
        return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }

  @Test func mastheadTextPassesAAOnEveryAccent() throws {
    var worst = Double.infinity
    for red in stride(from: 0, through: 255, by: 15) {
      for green in stride(from: 0, through: 255, by: 15) {
        for blue in stride(from: 0, through: 255, by: 15) {
          let hex = String(format: "#%02X%02X%02X", red, green, blue)
          let text = try AccentColor(hex).textColor == "#FFFFFF" ? [255, 255, 255] : [0, 0, 0]
          worst = min(worst, Self.contrast([red, green, blue], text))
        }
      }
    }
    #expect(worst >= 4.5, "worst contrast \(worst)")
  }

  @Test func defaultAccentTakesWhiteText() throws {
    #expect(try AccentColor("#1F4E79").textColor == "#FFFFFF")
    #expect(try AccentColor("#FFD700").textColor == "#000000")
  }
}
