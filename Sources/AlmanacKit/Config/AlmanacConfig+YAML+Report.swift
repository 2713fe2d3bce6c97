internal import Foundation

/// Reading the `report` section: how the report looks, where it goes and who receives it.
extension ConfigReader {
  func reportSettings(_ node: ConfigNode) -> ReportSettings {
    var settings = ReportSettings()
    let keys = node.mapping(allowed: [
      "title", "organization", "period", "trend", "formats", "output", "analogies", "currency",
      "time_zone", "accent_color", "logo_text", "footer", "templates", "lock_timeout", "email",
      "link",
    ])
    if let value = keys["title"]?.string() { settings.title = value }
    settings.organization = keys["organization"]?.string()
    if let node = keys["period"], let text = node.string() {
      if let spec = PeriodSpec(text) {
        settings.period = spec
      } else {
        node.fail(
          "report.period \"\(text)\" is not a period", hint: "use \(PeriodSpec.expectedForms)")
      }
    }
    if let value = keys["trend"]?.int(in: 0...104) { settings.trend = value }
    if let node = keys["formats"] {
      let formats = node.sequence().compactMap { $0.choice(ReportFormat.self) }
      if formats.isEmpty { node.fail("report.formats must list at least one format") }
      settings.formats = ReportFormat.allCases.filter(formats.contains)
    }
    if let value = keys["output"]?.string() { settings.output = value }
    if let value = keys["analogies"]?.string() { settings.analogies = value }
    if let node = keys["currency"], let value = node.string() {
      if value.count == 3 && value.allSatisfy({ $0.isASCII && $0.isLetter }) {
        settings.currency = value.uppercased()
      } else {
        node.fail("report.currency must be an ISO 4217 code such as USD, found \"\(value)\"")
      }
    }
    if let node = keys["time_zone"], let value = node.string() {
      if TimeZone(identifier: value) != nil {
        settings.timeZone = value
      } else {
        node.fail(
          "report.time_zone \"\(value)\" is not a known time zone",
          hint: "use an IANA name such as Europe/Paris")
      }
    }
    if let node = keys["accent_color"], let value = node.string() {
      let hex = value.dropFirst()
      if value.first == "#" && hex.count == 6 && hex.allSatisfy(\.isHexDigit) {
        settings.accentColor = value.uppercased()
      } else {
        node.fail("report.accent_color must be a colour such as #1F4E79, found \"\(value)\"")
      }
    }
    settings.logoText = keys["logo_text"]?.string()
    settings.footer = keys["footer"]?.string()
    settings.templates = keys["templates"]?.string()
    if let value = keys["lock_timeout"]?.double(in: 0...86_400) {
      settings.lockTimeoutSeconds = value
    }
    settings.email = keys["email"].flatMap(emailSettings)
    if let node = keys["link"], let value = node.string() {
      if let problem = ReportSettings.linkProblem(value) {
        node.fail(
          "report.link \(String(reflecting: value)) is not a web address: \(problem)",
          hint: "give the page's address, {period} for the period: https://example.com/{period}/")
      } else {
        settings.link = value
      }
    }
    return settings
  }

  func emailSettings(_ node: ConfigNode) -> EmailSettings? {
    let keys = node.mapping(allowed: ["from", "to", "sendmail", "message_id_domain"])
    func address(_ node: ConfigNode, _ text: String) -> Mailbox? {
      do {
        return try Mailbox(text)
      } catch .invalidAddress(_, let problem) {
        node.fail(
          "\(node.path) \(String(reflecting: text)) is not an e-mail address: \(problem)",
          hint: "write an address as ana@example.com or Ana Silva <ana@example.com>")
      } catch {
        node.fail("\(node.path): \(error)")
      }
      return nil
    }
    let to = keys["to"].map { list in
      list.sequence().compactMap { item in item.string().flatMap { address(item, $0) } }
    }
    guard let fromNode = keys["from"] else {
      node.fail("report.email needs \"from\", the sender's address")
      return nil
    }
    guard let from = fromNode.string().flatMap({ address(fromNode, $0) }) else { return nil }
    var settings = EmailSettings(from: from, to: to ?? [])
    if let command = keys["sendmail"]?.string() { settings.sendmail = command }
    if let domainNode = keys["message_id_domain"], let domain = domainNode.string() {
      if let problem = EmailAddress.domainProblem(Substring(domain)) {
        domainNode.fail(
          "\(domainNode.path) \(String(reflecting: domain)) cannot end a Message-ID: \(problem)",
          hint: "give a host name such as example.com")
      } else {
        settings.messageIDDomain = domain
      }
    }
    return settings
  }
}
