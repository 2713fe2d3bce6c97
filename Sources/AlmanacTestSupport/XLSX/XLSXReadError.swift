/// Why a workbook could not be read back.
public enum XLSXReadError: Error, Equatable, CustomStringConvertible {
  /// The file is not a ZIP archive.
  case notAnArchive(path: String)
  /// The archive lacks a part every workbook has.
  case missingPart(String)
  /// The workbook names no sheet with this name.
  case missingSheet(String)
  /// A part is not well-formed XML.
  case malformedXML(String)

  /// The message for the user, with a hint where one helps.
  public var description: String {
    switch self {
    case .notAnArchive(let path): "\(path): error: not a ZIP archive"
    case .missingPart(let part): "error: the workbook has no part \(part)"
    case .missingSheet(let name): "error: the workbook has no sheet named \"\(name)\""
    case .malformedXML(let message): "error: malformed XML: \(message)"
    }
  }
}
