/// A file attached to a report's e-mail: the workbook or the report page.
public struct EmailAttachment: Sendable, Equatable {
  /// The workbook's media type.
  public static let workbookType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  /// The report page's media type.
  public static let pageType = "text/html"

  /// The file name the reader sees, such as `almanac-2026-W47.xlsx`.
  public var name: String
  /// The media type.
  public var type: String
  /// The file's bytes, attached as they are.
  public var bytes: [UInt8]

  /// Creates an attachment.
  ///
  /// - Parameters:
  ///   - name: The file name the reader sees.
  ///   - type: The media type; `text/html` is declared UTF-8.
  ///   - bytes: The file's bytes.
  public init(name: String, type: String, bytes: [UInt8]) {
    self.name = name
    self.type = type
    self.bytes = bytes
  }

  /// The part's `Content-Type` field: the media type, the charset of a text type, and the name.
  var contentType: HeaderField {
    type.hasPrefix("text/")
      ? .parameterized("Content-Type", type, parameters: ["charset": "utf-8", "name": name])
      : .parameterized("Content-Type", type, parameters: ["name": name])
  }
}
