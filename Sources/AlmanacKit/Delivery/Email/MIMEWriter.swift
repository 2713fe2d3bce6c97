internal import Foundation

/// Writes a MIME message line by line into bytes, every line ended by CRLF.
struct MIMEWriter {
  /// The message so far.
  private(set) var bytes: [UInt8] = []

  /// Appends a header field, folded.
  ///
  /// - Parameter field: The field.
  mutating func header(_ field: HeaderField) {
    bytes += field.bytes
  }

  /// Appends a line of ASCII text and its CRLF.
  ///
  /// - Parameter line: The line, without a line break.
  mutating func line(_ line: String) {
    bytes += Array(line.utf8) + [0x0D, 0x0A]
  }

  /// Appends an encoded body and the CRLF that belongs to the boundary after it (RFC 2046
  /// section 5.1.1), so a body that ends with a line break keeps it.
  ///
  /// - Parameter body: Encoded lines joined by CRLF.
  mutating func body(_ body: [UInt8]) {
    bytes += body + [0x0D, 0x0A]
  }

  /// Opens the next part of a multipart body: `--boundary`.
  ///
  /// - Parameter boundary: The multipart's boundary.
  mutating func open(part boundary: String) {
    line("--\(boundary)")
  }

  /// Ends a multipart body: `--boundary--`.
  ///
  /// - Parameter boundary: The multipart's boundary.
  mutating func close(multipart boundary: String) {
    line("--\(boundary)--")
  }

  /// Base64 of bytes in lines of 76 characters (RFC 2045 section 6.8).
  ///
  /// - Parameter data: The bytes.
  /// - Returns: The encoded lines, joined by CRLF, without a final CRLF.
  static func base64Lines(_ data: [UInt8]) -> [UInt8] {
    let options: Data.Base64EncodingOptions = [
      .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
    ]
    return Array(Data(data).base64EncodedString(options: options).utf8)
  }
}
