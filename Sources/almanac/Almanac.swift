import ArgumentParser

/// The `almanac` command: weekly KPI reports on machine-learning models, for the people who fund them.
@main
struct Almanac: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "almanac",
    abstract: "Turn ML monitoring and model-registry exports into weekly KPI reports for executives."
  )
}
