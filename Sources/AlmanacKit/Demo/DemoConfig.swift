/// The demo's config: the documented example of every common setting (the README quotes it).
let demoConfigYAML = """
  # Almanac config for the built-in demo: two models, eight weeks of logs, an MLflow registry export.
  # Relative paths are relative to this file's folder.
  report:
    title: Weekly model health
    organization: Example Bank
    period: latest              # or last-week, 2026-W47, 2026-11-16..2026-11-22
    trend: 8                    # earlier periods shown in trends
    formats: [html, markdown, xlsx, json]
    output: reports             # one folder per period is written here
    analogies: farming          # farming, manufacturing, sailing, motoring or retail
    currency: USD
    time_zone: UTC
  history: history.sqlite
  registry:
    mlflow: mlflow              # a folder of saved MLflow REST responses
  models:
    - name: credit-default
      task: binary-classification
      predictions: credit-default/predictions-*.csv
      reference: credit-default/reference.csv
      columns: { timestamp: ts, model: model_name, version: model_version, prediction: pred, score: proba, actual: label }
      categorical: [region, channel]
      numeric: [credit_lines]
      economics:
        monthly_infrastructure: 18000
        per_thousand_predictions: 0.35
        per_label: 0.80
        # value of each outcome against approving every application without the model:
        # a default declined saves the loss, a good customer declined loses the margin
        outcomes: { true_positive: 500, false_positive: -500, false_negative: 0, true_negative: 0 }
      thresholds: { accuracy_drop_warn: 0.02, accuracy_drop_alert: 0.05 }
    - name: store-demand
      task: regression
      predictions: store-demand/predictions-*.jsonl
      reference: store-demand/reference.csv
      economics:
        monthly_infrastructure: 1500
        per_thousand_predictions: 0.30
        value_per_prediction: 8.00    # value of one forecast ...
        cost_per_unit_error: 0.40     # ... less this much per unit of absolute error

  """
