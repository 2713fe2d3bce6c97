public import AlmanacReport

/// Why an e-mail could not be built or sent.
public enum EmailError: Error, Equatable, CustomStringConvertible {
  /// A recipient or sender is not a mailbox under `Mailbox`'s grammar.
  case invalidAddress(String, AddressProblem)
  /// The Message-ID's domain is not a host name.
  case invalidMessageIDDomain(String, AddressProblem)
  /// The message has no recipient.
  case noRecipients
  /// The HTML body could not be rendered.
  case cannotRender(RenderError)
  /// The mail command could not be started.
  case sendmailDidNotStart(command: String, reason: String)
  /// The mail command ended with a non-zero exit status; `message` is what it wrote to stderr.
  case sendmailFailed(command: String, status: Int32, message: String)
  /// The shell running the mail command was stopped by a signal; `message` is what the command
  /// wrote to stderr. A command stopped under the shell shows as `sendmailFailed` with the shell's
  /// status 128 + the signal's number.
  case sendmailKilled(command: String, signal: Int32, message: String)

  /// The message for the user, with a hint where one helps.
  public var description: String {
    switch self {
    case .invalidAddress(let address, let problem):
      "error: \(Self.quoted(address)) is not an e-mail address: \(problem)\n"
        + "  hint: write addresses as ana@example.com or Ana Silva <ana@example.com>,"
        + " separated by commas"
    case .invalidMessageIDDomain(let domain, let problem):
      "error: \(Self.quoted(domain)) cannot end a Message-ID: \(problem)\n"
        + "  hint: give a host name such as example.com"
    case .noRecipients:
      "error: the e-mail has no recipients\n"
        + "  hint: give --email a@example.com,b@example.com or list them in report.email.to"
    case .cannotRender(let error):
      error.description
    case .sendmailDidNotStart(let command, let reason):
      "error: cannot run the mail command \(Self.quoted(command)): \(reason)"
    case .sendmailFailed(let command, let status, let message):
      "error: the mail command \(Self.quoted(command)) failed with exit status \(status)"
        + ((129...192).contains(status) ? " (the shell's code for signal \(status - 128))" : "")
        + Self.said(message)
    case .sendmailKilled(let command, let signal, let message):
      "error: the mail command \(Self.quoted(command)) was stopped by signal \(signal)"
        + Self.said(message)
    }
  }

  /// Text in double quotes, with line breaks and control characters written as escapes so the
  /// message stays on its lines.
  private static func quoted(_ text: String) -> String {
    String(reflecting: text)
  }

  /// What a command wrote to stderr, after a colon and with its later lines indented, or a note
  /// that it wrote nothing.
  private static func said(_ message: String) -> String {
    guard !message.isEmpty else { return " and wrote no message" }
    return ": "
      + message.split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "\n  ")
  }
}
