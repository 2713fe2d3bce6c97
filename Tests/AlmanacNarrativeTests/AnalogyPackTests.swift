import AlmanacNarrative
import Foundation
import Testing

@Suite struct AnalogyPackTests {
  /// A complete pack whose every comparison names its key.
  static func yaml(
    without topic: AnalogyPack.Topic? = nil, withoutTerm term: AnalogyPack.GlossaryTerm? = nil,
    extra: String = ""
  ) -> String {
    var lines = AnalogyPack.Topic.allCases.filter { $0 != topic }.map {
      "\($0.rawValue): Like a \($0.rawValue)."
    }
    lines.append("glossary:")
    lines += AnalogyPack.GlossaryTerm.allCases.filter { $0 != term }.map {
      "  \($0.rawValue): Like a \($0.rawValue)."
    }
    return lines.joined(separator: "\n") + "\n" + extra
  }

  @Test func readsEveryKey() throws {
    let pack = try AnalogyPack(yaml: Self.yaml(), name: "test", file: "test.yml")
    #expect(pack.name == "test")
    #expect(pack.analogy(for: .suddenDrift) == "Like a sudden_drift.")
    #expect(pack.glossaryAnalogy(for: .dataDrift) == "Like a data_drift.")
  }

  @Test func namesTheFileLineAndMissingKey() {
    #expect(
      throws: AnalogyPackError.invalid([
        PackProblem(
          file: "packs/farm.yml", line: 1, column: nil, message: "missing key \"roi\" in the pack")
      ])
    ) {
      try AnalogyPack(yaml: Self.yaml(without: .roi), name: "farm", file: "packs/farm.yml")
    }
    // The glossary mapping starts on line 10 (nine topics, then `glossary:`).
    #expect(
      throws: AnalogyPackError.invalid([
        PackProblem(
          file: "farm.yml", line: 10, column: nil, message: "missing key \"data_drift\" in glossary"
        )
      ])
    ) {
      try AnalogyPack(yaml: Self.yaml(withoutTerm: .dataDrift), name: "farm", file: "farm.yml")
    }
  }

  @Test func rejectsUnknownKeysAndEmptyValues() throws {
    let text = Self.yaml(extra: "sudden_drfit: Like a typo.\n").replacingOccurrences(
      of: "decay: Like a decay.", with: "decay: \"\"")
    do {
      _ = try AnalogyPack(yaml: text, name: "farm", file: "farm.yml")
      Issue.record("expected an error")
    } catch {
      let message = error.description
      #expect(message.contains("farm.yml:4:8: error: \"decay\" in the pack must be non-empty text"))
      #expect(message.contains("farm.yml:18:1: error: unknown key \"sudden_drfit\" in the pack"))
      #expect(message.contains("hint: expected one of: life_cycle, sudden_drift, gradual_drift"))
    }
  }

  @Test func reportsYAMLErrorsWithTheirLine() {
    #expect {
      try AnalogyPack(yaml: "life_cycle: [unclosed\n", name: "x", file: "x.yml")
    } throws: { error in
      guard case .invalid(let problems) = error as? AnalogyPackError else { return false }
      return problems.count == 1 && problems[0].file == "x.yml" && problems[0].line >= 1
        && problems[0].message.hasPrefix("invalid YAML")
    }
    #expect(
      throws: AnalogyPackError.invalid([
        PackProblem(file: "x.yml", line: 1, column: nil, message: "the pack is empty")
      ])
    ) {
      try AnalogyPack(yaml: "", name: "x", file: "x.yml")
    }
  }

  @Test func shipsFiveCompletePacks() throws {
    let library = try AnalogyLibrary.builtIn()
    #expect(library.names == ["farming", "manufacturing", "motoring", "retail", "sailing"])
    for name in library.names {
      let pack = try library.pack(named: name)
      for topic in AnalogyPack.Topic.allCases { #expect(!pack.analogy(for: topic).isEmpty) }
      for term in AnalogyPack.GlossaryTerm.allCases {
        #expect(!pack.glossaryAnalogy(for: term).isEmpty)
      }
    }
  }

  /// The embedded packs are exactly the files of the canonical folder, byte for byte.
  @Test func embedsEveryPackFile() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/AlmanacNarrative/Resources/analogies").standardized
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    let builtIn = try AnalogyLibrary.builtIn()
    #expect(files.map { String($0.dropLast(4)) } == builtIn.names)
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let name = String(file.dropLast(4))
      #expect(try AnalogyPack(yaml: text, name: name, file: file) == builtIn.pack(named: name))
    }
  }

  @Test func anUnknownPackListsTheAvailableOnes() throws {
    let library = try AnalogyLibrary.builtIn()
    #expect(
      throws: AnalogyPackError.unknownPack(
        name: "gardening", available: ["farming", "manufacturing", "motoring", "retail", "sailing"])
    ) {
      try library.pack(named: "gardening")
    }
    let message = AnalogyPackError.unknownPack(name: "gardening", available: ["farming", "retail"])
      .description
    #expect(
      message
        == "error: unknown analogy pack \"gardening\"\n  hint: available packs: farming, retail")
  }

  @Test func aTemplatesFolderReplacesAndAddsPacksByName() throws {
    let templates = FileManager.default.temporaryDirectory.appendingPathComponent(
      "almanac-packs-\(UUID().uuidString)")
    let folder = templates.appendingPathComponent("analogies")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: templates) }
    try Self.yaml().write(
      to: folder.appendingPathComponent("farming.yml"), atomically: true, encoding: .utf8)
    try Self.yaml().write(
      to: folder.appendingPathComponent("orchard.yaml"), atomically: true, encoding: .utf8)
    try "not a pack".write(
      to: folder.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)

    let library = try AnalogyLibrary.load(templates: templates.path)
    #expect(
      library.names == ["farming", "manufacturing", "motoring", "orchard", "retail", "sailing"])
    #expect(try library.pack(named: "farming").analogy(for: .roi) == "Like a roi.")
    #expect(try library.pack(named: "sailing") == AnalogyLibrary.builtIn().pack(named: "sailing"))
  }

  @Test func aBrokenUserPackNamesItsFile() throws {
    let templates = FileManager.default.temporaryDirectory.appendingPathComponent(
      "almanac-packs-\(UUID().uuidString)")
    let folder = templates.appendingPathComponent("analogies")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: templates) }
    let file = folder.appendingPathComponent("farming.yml")
    try Self.yaml(without: .mlops, withoutTerm: .mlops).write(
      to: file, atomically: true, encoding: .utf8)
    #expect(
      throws: AnalogyPackError.invalid([
        PackProblem(
          file: file.path, line: 1, column: nil, message: "missing key \"mlops\" in the pack"),
        PackProblem(
          file: file.path, line: 9, column: nil, message: "missing key \"mlops\" in glossary"),
      ])
    ) {
      try AnalogyLibrary.load(templates: templates.path)
    }
  }

  @Test func aTemplatesFolderWithoutPacksChangesNothing() throws {
    let empty = FileManager.default.temporaryDirectory.path
    #expect(try AnalogyLibrary.load(templates: empty) == AnalogyLibrary.builtIn())
    #expect(try AnalogyLibrary.load(templates: nil) == AnalogyLibrary.builtIn())
  }
}
