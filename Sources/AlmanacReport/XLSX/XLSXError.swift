/// Why a workbook could not be written.
public enum XLSXError: Error, Equatable, CustomStringConvertible {
  /// libxlsxwriter refused to start a workbook at this path.
  case cannotCreate(path: String)
  /// libxlsxwriter refused part of the workbook.
  case rejected(part: String, reason: String)
  /// The file could not be written, e.g. because its folder does not exist.
  case writeFailed(path: String, reason: String)

  /// The message for the user, with a hint where one helps.
  public var description: String {
    switch self {
    case .cannotCreate(let path): "\(path): error: cannot create a workbook here"
    case .rejected(let part, let reason): "error: workbook \(part): \(reason)"
    case .writeFailed(let path, let reason):
      "\(path): error: cannot write the workbook: \(reason)\n"
        + "  hint: check that the folder exists, is writable and has room"
    }
  }
}
