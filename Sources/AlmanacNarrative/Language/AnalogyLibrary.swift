/// The analogy packs a report can use, by name.
public struct AnalogyLibrary: Sendable, Equatable {
  /// The packs by name.
  public private(set) var packs: [String: AnalogyPack]

  /// Creates a library; a later pack replaces an earlier one of the same name.
  ///
  /// - Parameter packs: The packs.
  public init(_ packs: [AnalogyPack]) {
    var byName: [String: AnalogyPack] = [:]
    for pack in packs { byName[pack.name] = pack }
    self.packs = byName
  }

  /// The names of the packs, sorted.
  public var names: [String] { packs.keys.sorted() }

  /// The library with some packs added, each replacing the pack of its name if there is one.
  ///
  /// - Parameter overrides: The packs to add.
  /// - Returns: The combined library.
  public func replacing(with overrides: [AnalogyPack]) -> AnalogyLibrary {
    AnalogyLibrary(packs.keys.sorted().compactMap { packs[$0] } + overrides)
  }

  /// The pack a config names.
  ///
  /// - Parameter name: The pack's name, e.g. `farming`.
  /// - Returns: The pack.
  /// - Throws: `AnalogyPackError.unknownPack` listing the available packs.
  public func pack(named name: String) throws(AnalogyPackError) -> AnalogyPack {
    guard let pack = packs[name] else {
      throw AnalogyPackError.unknownPack(name: name, available: names)
    }
    return pack
  }
}
