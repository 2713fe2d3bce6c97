public import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML element with its attributes, text and children, read whole into memory.
///
/// Enough XML for tests that read back what a writer produced; namespaces are not resolved, so
/// names keep their prefixes (`r:id`).
public struct XMLTree: Sendable, Equatable {
  /// The element's qualified name.
  public var name: String
  /// The element's attributes by qualified name.
  public var attributes: [String: String]
  /// The text directly inside the element.
  public var text: String
  /// The child elements in document order.
  public var children: [XMLTree]

  /// Parses an XML document.
  ///
  /// - Parameter data: The document's bytes.
  /// - Throws: `XLSXReadError.malformedXML` with the parser's message.
  public init(parsing data: Data) throws {
    let builder = Builder()
    let parser = XMLParser(data: data)
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw XLSXReadError.malformedXML(parser.parserError.map { "\($0)" } ?? "no root element")
    }
    self = root
  }

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
    text = ""
    children = []
  }

  /// Every element under this one (not this one), depth first, whose name is `name`.
  ///
  /// - Parameter name: A qualified element name.
  /// - Returns: The matching elements in document order.
  public func descendants(named name: String) -> [XMLTree] {
    children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(named: name) }
  }

  /// The first child element named `name`, if any.
  ///
  /// - Parameter name: A qualified element name.
  /// - Returns: The child, or `nil`.
  public func child(named name: String) -> XMLTree? {
    children.first { $0.name == name }
  }

  /// Builds the tree from parser events.
  private final class Builder: NSObject, XMLParserDelegate {
    var stack: [XMLTree] = []
    var root: XMLTree?

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      stack.append(XMLTree(name: elementName, attributes: attributeDict))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      guard !stack.isEmpty else { return }
      stack[stack.count - 1].text += string
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?
    ) {
      guard let element = stack.popLast() else { return }
      if stack.isEmpty {
        root = element
      } else {
        stack[stack.count - 1].children.append(element)
      }
    }
  }
}
