internal import AlmanacStore
internal import Foundation
internal import Logging

/// Sends a period's e-mail at most once, when the run's statuses call for it.
///
/// The history records every message handed to the mail command (period, time, Message-ID and
/// recipients), so a rerun of the same period (a cron retry, a fix to the data) does not send it
/// again unless `--resend` asks; it says so instead. A run that keeps no history cannot tell, so
/// `--send` with `--no-history` is refused before the run starts.
struct ReportDelivery {
  let email: EmailPlan
  let recorder: HistoryRecorder
  /// The run in the history that sends, `nil` when the run keeps no history.
  let runID: Int64?
  let logger: Logger
  let clock: RunClock

  /// Sends the message unless the condition is not met or the period was already sent.
  ///
  /// - Parameters:
  ///   - message: The message written beside the reports.
  ///   - outcome: The run's statuses.
  ///   - condition: `--email-on`.
  ///   - resend: `--resend`.
  /// - Throws: `RunFailure` when the mail command fails (the message stays on disk) or the history
  ///   cannot be read or written.
  func deliver(
    _ message: EmailMessage, outcome: RunOutcome, condition: EmailCondition, resend: Bool
  ) async throws(RunFailure) {
    let period = outcome.period
    guard condition.isMet(by: outcome.worstStatus) else {
      let level = condition.rawValue
      logger.notice("\(period): not sending: no model is \(level) or worse (--email-on \(level))")
      return
    }
    if !resend, let earlier = try recorder.deliveries(period: period).last {
      let to = earlier.recipients.joined(separator: ", ")
      logger.notice(
        "\(period): not sending: sent \(earlier.sentAt) to \(to) (Message-ID \(earlier.messageID)); --resend sends it again"
      )
      return
    }
    let recipients = email.settings.to.map(\.description)
    try await logger.stage("sending the e-mail to \(recipients.joined(separator: ", "))") {
      () async throws(RunFailure) in
      do {
        try Sendmail(command: email.settings.sendmail, sender: email.settings.from.address.text)
          .send(
            message.bytes)
      } catch {
        throw RunFailure("\(error)")
      }
    }
    let sentAt = clock.timestamp
    logger.notice(
      "\(period): sent to \(recipients.joined(separator: ", ")) (Message-ID \(message.messageID))")
    if let runID {
      try recorder.record(
        delivery: StoredDelivery(
          periodLabel: period, sentAt: sentAt, messageID: message.messageID,
          recipients: recipients),
        runID: runID)
    }
  }
}
