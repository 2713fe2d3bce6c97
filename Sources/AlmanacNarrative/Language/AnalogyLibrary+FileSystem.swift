public import Foundation

extension AnalogyLibrary {
  /// The built-in packs, with those in a user's templates folder replacing them by name.
  ///
  /// Every `*.yml` or `*.yaml` file in `<templates>/analogies/` is a pack named after its file:
  /// `farming.yml` replaces the built-in farming pack, `orchard.yml` adds an orchard pack. A
  /// templates folder without an `analogies` sub-folder changes nothing.
  ///
  /// - Parameter templates: The templates folder (`--templates DIR`), or `nil` for the built-ins only.
  /// - Returns: The library.
  /// - Throws: `AnalogyPackError` naming the file, line and key of every problem in a user's pack.
  public static func load(templates: String?) throws(AnalogyPackError) -> AnalogyLibrary {
    let library = try builtIn()
    guard let templates else { return library }
    let folder = URL(fileURLWithPath: templates, isDirectory: true).appendingPathComponent(
      "analogies", isDirectory: true)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { return library }
    return library.replacing(with: try packs(in: folder))
  }

  /// Every pack in a folder, in file-name order.
  ///
  /// - Parameter folder: A folder of `*.yml` / `*.yaml` pack files.
  /// - Returns: The packs.
  /// - Throws: `AnalogyPackError.unreadable` for an unreadable folder or file,
  ///   `AnalogyPackError.invalid` with the problems of every invalid file.
  public static func packs(in folder: URL) throws(AnalogyPackError) -> [AnalogyPack] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    } catch {
      throw AnalogyPackError.unreadable(path: folder.path, reason: error.localizedDescription)
    }
    var packs: [AnalogyPack] = []
    var problems: [PackProblem] = []
    for fileName in names {
      let url = folder.appendingPathComponent(fileName)
      guard ["yml", "yaml"].contains(url.pathExtension.lowercased()) else { continue }
      guard FileManager.default.isRegularFile(atPath: url.path) else {
        throw AnalogyPackError.unreadable(path: url.path, reason: "this is not a regular file")
      }
      let text: String
      do {
        text = try String(contentsOf: url, encoding: .utf8)
      } catch {
        throw AnalogyPackError.unreadable(path: url.path, reason: error.localizedDescription)
      }
      do {
        packs.append(
          try AnalogyPack(
            yaml: text, name: url.deletingPathExtension().lastPathComponent, file: url.path))
      } catch .invalid(let found) {
        problems += found
      } catch {
        throw error
      }
    }
    guard problems.isEmpty else { throw AnalogyPackError.invalid(problems) }
    return packs
  }
}
