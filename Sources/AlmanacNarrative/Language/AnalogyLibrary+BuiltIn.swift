extension AnalogyLibrary {
  /// The packs that ship with Almanac: farming, manufacturing, motoring, retail and sailing.
  ///
  /// The canonical files are `Sources/AlmanacNarrative/Resources/analogies/*.yml` (also reachable as
  /// `templates/analogies` in the source tree); SwiftPM compiles them into the binary
  /// (`resources: [.embedInCode(...)]`), so an installed `almanac` needs no files beside it.
  ///
  /// - Returns: The built-in library.
  /// - Throws: `AnalogyPackError.invalid` when a shipped pack is broken (caught by the tests).
  public static func builtIn() throws(AnalogyPackError) -> AnalogyLibrary {
    var packs: [AnalogyPack] = []
    var problems: [PackProblem] = []
    for (name, bytes) in builtInFiles {
      do {
        packs.append(
          try AnalogyPack(
            yaml: String(decoding: bytes, as: UTF8.self), name: name,
            file: "templates/analogies/\(name).yml"))
      } catch .invalid(let found) {
        problems += found
      } catch {
        throw error
      }
    }
    guard problems.isEmpty else { throw AnalogyPackError.invalid(problems) }
    return AnalogyLibrary(packs)
  }

  /// The embedded pack files by pack name; a test checks it names every file of the folder.
  static let builtInFiles: [(name: String, bytes: [UInt8])] = [
    ("farming", PackageResources.farming_yml),
    ("manufacturing", PackageResources.manufacturing_yml),
    ("motoring", PackageResources.motoring_yml),
    ("retail", PackageResources.retail_yml),
    ("sailing", PackageResources.sailing_yml),
  ]
}
