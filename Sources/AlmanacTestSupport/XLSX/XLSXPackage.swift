import Foundation
import ZIPFoundation

/// A workbook read back from an `.xlsx` file: its parts, sheets and shared strings.
///
/// Reads the parts a writer produces (SpreadsheetML inside a ZIP archive) without interpreting
/// styles, so tests can compare the stored values with the figures that were written.
public struct XLSXPackage: Sendable {
  /// The text of every part, by its path inside the archive.
  public let parts: [String: String]
  /// The shared string table, in index order.
  public let sharedStrings: [String]
  /// The sheet names in workbook order with their part paths.
  public let sheetParts: [(name: String, path: String)]

  /// Reads a workbook.
  ///
  /// - Parameter path: The `.xlsx` file.
  /// - Throws: `XLSXReadError` when the file is not a workbook, and ZIPFoundation's errors when an
  ///   entry cannot be extracted.
  public init(path: String) throws {
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw XLSXReadError.notAnArchive(path: path)
    }
    var parts: [String: String] = [:]
    for entry in archive where entry.type == .file {
      var data = Data()
      _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
      parts[entry.path] = String(decoding: data, as: UTF8.self)
    }
    self.parts = parts
    sharedStrings =
      try Self.tree(parts, "xl/sharedStrings.xml", optional: true)?
      .descendants(named: "si").map { item in item.descendants(named: "t").map(\.text).joined() }
      ?? []
    let workbook = try Self.tree(parts, "xl/workbook.xml")
    let relations = try Self.tree(parts, "xl/_rels/workbook.xml.rels")
    var targets: [String: String] = [:]
    for relation in relations.descendants(named: "Relationship") {
      guard let id = relation.attributes["Id"], let target = relation.attributes["Target"] else {
        continue
      }
      targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
    sheetParts = workbook.descendants(named: "sheet").compactMap { sheet in
      guard let name = sheet.attributes["name"], let id = sheet.attributes["r:id"],
        let target = targets[id]
      else { return nil }
      return (name, target)
    }
  }

  /// The names of the sheets in workbook order.
  public var sheetNames: [String] { sheetParts.map(\.name) }

  /// One sheet's cells.
  ///
  /// - Parameter name: The sheet's name.
  /// - Returns: The sheet.
  /// - Throws: `XLSXReadError.missingSheet` or `.missingPart`, or `.malformedXML`.
  public func sheet(named name: String) throws -> XLSXSheet {
    guard let path = sheetParts.first(where: { $0.name == name })?.path else {
      throw XLSXReadError.missingSheet(name)
    }
    return try XLSXSheet(name: name, xml: Self.tree(parts, path), sharedStrings: sharedStrings)
  }

  /// The workbook as reviewable text: the document properties a reader sees, then every sheet's
  /// cells; stable across runs, unlike the zip bytes.
  ///
  /// - Returns: The text, ending with a line break.
  /// - Throws: `XLSXReadError` when a part is missing or malformed.
  public func textDump() throws -> String {
    var dump = try documentProperties().filter {
      ["title", "subject", "Company", "created"].contains($0.key)
    }
    .sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    for name in sheetNames {
      dump.append("\n[\(name)]")
      dump.append(try sheet(named: name).dump)
    }
    return dump.joined(separator: "\n") + "\n"
  }

  /// A cell format as a reader's application applies it.
  public struct CellFormat: Sendable, Equatable {
    /// The number format's code, such as `"$"#,##0`; `General` for none.
    public var numberFormat: String
    /// Whether text wraps within the column.
    public var wraps: Bool
    /// Whether the font is bold.
    public var bold: Bool
  }

  /// The workbook's cell formats from `xl/styles.xml`, in `cellXfs` order, so a cell's `style`
  /// indexes them.
  ///
  /// - Returns: The formats.
  /// - Throws: `XLSXReadError.missingPart` or `.malformedXML`.
  public func cellFormats() throws -> [CellFormat] {
    let styles = try Self.tree(parts, "xl/styles.xml")
    var codes = ["0": "General"]
    for format in styles.descendants(named: "numFmt") {
      if let id = format.attributes["numFmtId"] { codes[id] = format.attributes["formatCode"] }
    }
    let fonts = styles.child(named: "fonts")?.children ?? []
    let formats = styles.child(named: "cellXfs")?.children ?? []
    return formats.map { format in
      let id = format.attributes["numFmtId"] ?? "0"
      let font = format.attributes["fontId"].flatMap { Int($0) }
        .flatMap { fonts.indices.contains($0) ? fonts[$0] : nil }
      return CellFormat(
        numberFormat: codes[id] ?? "built-in \(id)",
        wraps: format.child(named: "alignment")?.attributes["wrapText"] == "1",
        bold: font?.child(named: "b") != nil)
    }
  }

  /// The document properties from `docProps/core.xml` and `docProps/app.xml`, by element name
  /// without prefix (`title`, `subject`, `creator`, `created`, `Company`, …).
  ///
  /// - Throws: `XLSXReadError.malformedXML`.
  public func documentProperties() throws -> [String: String] {
    var properties: [String: String] = [:]
    for part in ["docProps/core.xml", "docProps/app.xml"] {
      guard let tree = try Self.tree(parts, part, optional: true) else { continue }
      for element in tree.children where element.children.isEmpty {
        let name = element.name.split(separator: ":").last.map(String.init) ?? element.name
        properties[name] = element.text
      }
    }
    return properties
  }

  private static func tree(_ parts: [String: String], _ path: String) throws -> XMLTree {
    guard let tree = try tree(parts, path, optional: true) else {
      throw XLSXReadError.missingPart(path)
    }
    return tree
  }

  private static func tree(_ parts: [String: String], _ path: String, optional: Bool) throws
    -> XMLTree?
  {
    guard let text = parts[path] else { return nil }
    return try XMLTree(parsing: Data(text.utf8))
  }
}
