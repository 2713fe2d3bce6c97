/// Text from the inputs made safe to show: control and direction characters written as their
/// code, `U+202E`, so they can neither steer a terminal nor reorder a page.
///
/// A model name holding U+202E (right-to-left override) reverses the rest of its paragraph in a
/// browser or a spreadsheet; one holding ESC sequences retitles or repaints a terminal that shows
/// `report.md`. Every format shows such characters as visible codes instead: the templates (HTML,
/// Markdown, both e-mail bodies) and the workbook through ``of(_:)``, e-mail headers too, and the
/// JSON report as `\u` escapes (``isHidden(_:)``), which keep the exact text for programs.
public enum VisibleText {
  /// Whether a character is one that controls a device or the direction of text: C0 controls
  /// other than tab, line feed and carriage return, DEL, C1 controls, and the bidirectional
  /// marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A-U+202E,
  /// U+2066-U+2069).
  ///
  /// - Parameter scalar: A Unicode scalar.
  /// - Returns: `true` when it must not be shown as it is.
  public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// The text with every hidden character written as its code, such as `U+202E`.
  ///
  /// - Parameter text: Untrusted text.
  /// - Returns: The text, unchanged when it holds no such character.
  public static func of(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isHidden) else { return text }
    var shown = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isHidden(scalar) {
        shown.append(contentsOf: code(scalar).unicodeScalars)
      } else {
        shown.append(scalar)
      }
    }
    return String(shown)
  }

  /// `U+202E`: the scalar's code, at least four hexadecimal digits.
  static func code(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
