internal import AlmanacMetrics
public import AlmanacReport
public import Foundation

/// The e-mail that carries a report: its summary as HTML and plain text, with the workbook and the
/// report page attached.
///
/// A pure builder: no clock, no randomness and no I/O of its own, so the same inputs always give
/// the same bytes. The message is RFC 5322 with MIME (RFC 2045–2047, 2231), every line ended by
/// CRLF:
///
/// ```
/// multipart/mixed
/// ├─ multipart/alternative
/// │  ├─ text/plain; charset=utf-8   (quoted-printable)
/// │  └─ text/html; charset=utf-8    (quoted-printable)
/// ├─ application/vnd.openxmlformats-officedocument.spreadsheetml.sheet  (base64, attachment)
/// └─ text/html; charset=utf-8  (base64, attachment: report.html)
/// ```
///
/// Headers are `From`, `To`, `Subject`, `Date`, `Message-ID`, `MIME-Version`, `Auto-Submitted:
/// auto-generated` (RFC 3834, so out-of-office replies are not sent back) and `Content-Type`.
/// Nothing from the report can add a header: addresses pass `EmailAddress`'s grammar and display
/// names are quoted or encoded (`Mailbox`), the subject is put on one line and encoded
/// (`HeaderField.text(_:_:)`), and bodies are quoted-printable or
/// base64, whose lines never start with `--=_`, the prefix of both boundaries. Lines are at most
/// 76 characters in bodies and 78 in headers wherever a word fits: the attachment's `Content-Type`
/// line, whose media type alone takes 80, is the one line of a usual message beyond that (a very
/// long address or Message-ID domain would be another); no line comes near RFC 5322's limit of
/// 998.
public struct EmailMessage: Sendable {
  /// The message's file name in a period's folder.
  public static let fileName = "report.eml"

  /// The whole message, ready for `sendmail -t` or a `.eml` file.
  public let bytes: [UInt8]
  /// The `Message-ID` header's value, with its angle brackets.
  public let messageID: String

  /// Builds the message of a report.
  ///
  /// - Parameters:
  ///   - report: The report; its summary becomes the subject and the bodies.
  ///   - templates: The templates the HTML body is rendered with (`html-email`).
  ///   - attachments: The files attached, in this order: the workbook, then the report page.
  ///   - from: The sender.
  ///   - to: The recipients, all in `To`, in this order.
  ///   - date: When the message is made; written in UTC.
  ///   - messageIDDomain: The host name after the `@` of the Message-ID; the sender's domain when
  ///     `nil`.
  ///   - link: Where the full report is published, shown in both bodies; `nil` for none.
  ///   - seed: Makes the boundaries and the Message-ID: a random value for each real message
  ///     (`UInt64.random(in: .min ... .max)`), a fixed one where output must repeat.
  /// - Throws: `EmailError.noRecipients` without recipients, `.invalidMessageIDDomain` for a
  ///   domain that is not a host name, `.cannotRender` when the HTML template fails.
  public init(
    report: ReportModel, templates: TemplateSet, attachments: [EmailAttachment], from: Mailbox,
    to: [Mailbox], date: Date, messageIDDomain: String? = nil, link: String? = nil, seed: UInt64
  ) throws(EmailError) {
    guard !to.isEmpty else { throw .noRecipients }
    let domain = messageIDDomain ?? from.address.domain
    if let problem = EmailAddress.domainProblem(Substring(domain)) {
      throw .invalidMessageIDDomain(domain, problem)
    }
    let content: EmailContent
    do {
      content = try EmailRenderer(templates: templates).render(report, link: link)
    } catch {
      throw .cannotRender(error)
    }
    var random = SplitMix64(seed: seed)
    let token = Self.hex(random.next()) + Self.hex(random.next())
    messageID = "<\(Self.hex(random.next()))\(Self.hex(random.next())).almanac@\(domain)>"
    let mixed = "=_almanac_mixed_\(token)"
    let alternative = "=_almanac_alt_\(token)"

    var writer = MIMEWriter()
    writer.header(HeaderField("From", words: from.headerWords))
    writer.header(
      HeaderField(
        "To",
        words: to.enumerated().flatMap { index, mailbox in
          var words = mailbox.headerWords
          if index < to.count - 1 { words[words.count - 1] += "," }
          return words
        }))
    writer.header(.text("Subject", content.subject))
    writer.header(
      HeaderField("Date", words: MessageDate.text(for: date).split(separator: " ").map(String.init))
    )
    writer.header(HeaderField("Message-ID", words: [messageID]))
    writer.header(HeaderField("MIME-Version", words: ["1.0"]))
    writer.header(HeaderField("Auto-Submitted", words: ["auto-generated"]))
    writer.header(
      .parameterized("Content-Type", "multipart/mixed", parameters: ["boundary": mixed]))
    writer.line("")
    writer.line("This is a MIME message: a report summary as text and HTML, and its files.")
    writer.line("")

    writer.open(part: mixed)
    writer.header(
      .parameterized("Content-Type", "multipart/alternative", parameters: ["boundary": alternative])
    )
    writer.line("")
    for (type, text) in [("text/plain", content.text), ("text/html", content.html)] {
      writer.open(part: alternative)
      writer.header(.parameterized("Content-Type", type, parameters: ["charset": "utf-8"]))
      writer.header(HeaderField("Content-Transfer-Encoding", words: ["quoted-printable"]))
      writer.line("")
      writer.body(QuotedPrintable.encode(text))
    }
    writer.close(multipart: alternative)
    writer.line("")

    for attachment in attachments {
      writer.open(part: mixed)
      writer.header(attachment.contentType)
      writer.header(
        .parameterized(
          "Content-Disposition", "attachment", parameters: ["filename": attachment.name]))
      writer.header(HeaderField("Content-Transfer-Encoding", words: ["base64"]))
      writer.line("")
      writer.body(MIMEWriter.base64Lines(attachment.bytes))
    }
    writer.close(multipart: mixed)
    bytes = writer.bytes
  }

  /// Sixteen lower-case hexadecimal digits.
  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
