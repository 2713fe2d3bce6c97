import AlmanacNarrative
import Foundation

extension TemplateSet {
  /// A template file from an override folder.
  struct OverrideFile {
    /// The template's name: the file name without `.mustache`.
    var name: String
    /// The file's path as given.
    var path: String
    /// The file's text.
    var text: String
  }

  /// Reads the `.mustache` files directly inside a folder, sorted by name.
  ///
  /// - Parameter directory: The folder.
  /// - Returns: The files.
  /// - Throws: `TemplateError.directoryNotFound`, `.notARegularFile` or `.unreadableFile`.
  static func overrideFiles(in directory: String) throws -> [OverrideFile] {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard manager.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue,
      let entries = try? manager.contentsOfDirectory(atPath: directory)
    else {
      throw TemplateError.directoryNotFound(path: directory)
    }
    let suffix = ".mustache"
    return try entries.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().compactMap {
      entry in
      let path = (directory as NSString).appendingPathComponent(entry)
      var isEntryFolder: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isEntryFolder), !isEntryFolder.boolValue
      else { return nil }
      guard manager.isRegularFile(atPath: path) else {
        throw TemplateError.notARegularFile(path: path)
      }
      guard let data = manager.contents(atPath: path),
        let text = String(data: data, encoding: .utf8)
      else {
        throw TemplateError.unreadableFile(path: path)
      }
      return OverrideFile(name: String(entry.dropLast(suffix.count)), path: path, text: text)
    }
  }
}
