internal import AlmanacIngest
internal import AlmanacReport

/// The demo's model registry, saved the way MLflow's REST API answers.
struct DemoRegistry {
  struct Version {
    let model: String
    let version: String
    let stage: String
    let alias: String?
    let registered: CalendarDay
    let runID: String
    let baseline: [(String, Double)]
  }

  struct Model {
    let name: String
    let description: String
    let tags: [(String, String)]
    let versions: [Version]
  }

  let models: [Model]

  /// The saved responses by file name.
  var files: [(name: String, json: JSONValue)] {
    let allVersions = models.flatMap(\.versions)
    var files: [(String, JSONValue)] = [
      (
        "registered-models-search.json",
        .object([JSONMember("registered_models", .array(models.map(registeredModel)))])
      ),
      (
        "model-versions-search.json",
        .object([JSONMember("model_versions", .array(allVersions.map(modelVersion)))])
      ),
    ]
    files += allVersions.map { ("runs-get-\($0.runID).json", run($0)) }
    return files
  }

  private func milliseconds(_ day: CalendarDay, hour: Int = 9) -> Int {
    (DemoCalendar.epochSeconds(day) + hour * 3600) * 1000
  }

  private func tags(_ pairs: [(String, String)]) -> JSONValue {
    .array(
      pairs.map { .object([JSONMember("key", .string($0.0)), JSONMember("value", .string($0.1))]) })
  }

  private func registeredModel(_ model: Model) -> JSONValue {
    let created = model.versions.map(\.registered).min() ?? DemoCalendar.standard.asOf
    let updated = model.versions.map(\.registered).max() ?? created
    return .object([
      JSONMember("name", .string(model.name)),
      JSONMember("creation_timestamp", .int(milliseconds(created))),
      JSONMember("last_updated_timestamp", .int(milliseconds(updated))),
      JSONMember("description", .string(model.description)),
      JSONMember("latest_versions", .array(model.versions.map(modelVersion))),
      JSONMember("tags", tags(model.tags)),
      JSONMember(
        "aliases",
        .array(
          model.versions.compactMap { version in
            version.alias.map {
              .object([
                JSONMember("alias", .string($0)), JSONMember("version", .string(version.version)),
              ])
            }
          })),
    ])
  }

  private func modelVersion(_ version: Version) -> JSONValue {
    .object([
      JSONMember("name", .string(version.model)), JSONMember("version", .string(version.version)),
      JSONMember("creation_timestamp", .int(milliseconds(version.registered))),
      JSONMember("last_updated_timestamp", .int(milliseconds(version.registered, hour: 10))),
      JSONMember("current_stage", .string(version.stage)),
      JSONMember("description", .string("\(version.model) version \(version.version)")),
      JSONMember("source", .string("mlflow-artifacts:/1/\(version.runID)/artifacts/model")),
      JSONMember("run_id", .string(version.runID)), JSONMember("status", .string("READY")),
      JSONMember("tags", tags([("validated_by", "model-risk")])),
      JSONMember("run_link", .string("")),
    ])
  }

  private func run(_ version: Version) -> JSONValue {
    let time = milliseconds(version.registered, hour: 8)
    let metrics = version.baseline.map { key, value in
      JSONValue.object([
        JSONMember("key", .string(key)), JSONMember("value", .number(value)),
        JSONMember("timestamp", .int(time)), JSONMember("step", .int(0)),
      ])
    }
    return .object([
      JSONMember(
        "run",
        .object([
          JSONMember(
            "info",
            .object([
              JSONMember("run_uuid", .string(version.runID)),
              JSONMember("run_name", .string("\(version.model)-train-v\(version.version)")),
              JSONMember("status", .string("FINISHED")),
              JSONMember("start_time", .int(time - 600_000)), JSONMember("end_time", .int(time)),
              JSONMember("lifecycle_stage", .string("active")),
              JSONMember("run_id", .string(version.runID)),
            ])),
          JSONMember(
            "data",
            .object([
              JSONMember("metrics", .array(metrics)),
              JSONMember("params", .array([])),
              JSONMember(
                "tags", tags([("mlflow.runName", "\(version.model)-train-v\(version.version)")])),
            ])),
        ]))
    ])
  }
}
