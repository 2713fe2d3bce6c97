#!/usr/bin/env python3
"""Writes a synthetic portfolio of classifiers, to look at and to time a report at scale.

Usage: portfolio.py FOLDER [MODELS [ROWS [REFERENCE_ROWS]]]
       (defaults: 1000 models, 150 rows a week each, 300 reference rows each)

FOLDER receives predictions.csv (one week, 2026-11-16 to 2026-11-22, every row with its outcome),
reference.csv and almanac.yml. Four models in five are binary classifiers named fraud-NNNN, the
fifth a three-class classifier named intent-NNNN; the config covers them with two patterns, both
`task: auto`. About one model in twelve has inputs shifted this week and one in twenty loses its
accuracy, so the report holds a realistic share of models to act on. Seeded: the files are the
same on every run. Standard library only.
"""

import math
import os
import random
import sys

CONFIG = """report:
  title: Weekly model health
  organization: Example Portfolio
  period: 2026-W47
  output: reports
history: history.sqlite
models:
  - name: "fraud-*"
    task: auto
    predictions: predictions.csv
    reference: reference.csv
    categorical: [segment]
    economics:
      monthly_infrastructure: 400
      per_thousand_predictions: 0.5
      outcomes: { true_positive: 40, false_positive: -10, false_negative: -20, true_negative: 0 }
  - name: "intent-*"
    task: auto
    predictions: predictions.csv
    reference: reference.csv
    categorical: [segment]
"""

CLASSES = ["browse", "buy", "leave"]


def rows(generator, model, count, shift, noise, classes):
    """Rows of one model: two numeric inputs, a segment, a score and the outcome."""
    for index in range(count):
        x1 = generator.gauss(shift, 1)
        x2 = generator.gauss(0, 1)
        segment = generator.choice("abc" if shift == 0 else "abcc")
        logit = 1.4 * x1 - 0.8 * x2 + (0.5 if segment == "a" else 0)
        stamp = 7 * 86400 * index // count
        day, rest = divmod(stamp, 86400)
        time = f"2026-11-{16 + day:02d}T{rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}Z"
        seen = logit + generator.gauss(0, noise)
        if classes:
            actual = CLASSES[min(2, int(abs(logit + generator.gauss(0, 0.5))))]
            prediction = CLASSES[min(2, int(abs(seen)))]
            score = ""
        else:
            actual = 1 if generator.random() < 1 / (1 + math.exp(-logit)) else 0
            probability = 1 / (1 + math.exp(-seen))
            prediction = int(probability >= 0.5)
            score = f"{probability:.4f}"
        yield f"{time},{model},{prediction},{score},{actual},{x1:.3f},{x2:.3f},{segment}\n"


def main():
    if not 2 <= len(sys.argv) <= 5:
        sys.exit(__doc__.strip().splitlines()[2])
    folder = sys.argv[1]
    count, week, reference_rows = [int(value) for value in sys.argv[2:]] + [1000, 150, 300][
        len(sys.argv) - 2 :
    ]
    os.makedirs(folder, exist_ok=True)
    generator = random.Random(2047)
    header = "timestamp,model,prediction,score,actual,x1,x2,segment\n"
    with open(os.path.join(folder, "reference.csv"), "w") as reference, open(
        os.path.join(folder, "predictions.csv"), "w"
    ) as predictions:
        reference.write(header)
        predictions.write(header)
        for number in range(1, count + 1):
            classes = number % 5 == 0
            model = f"{'intent' if classes else 'fraud'}-{number:04d}"
            shifted = number % 12 == 0
            decayed = number % 20 == 7
            reference.writelines(rows(generator, model, reference_rows, 0, 0.3, classes))
            predictions.writelines(
                rows(generator, model, week, 1.2 if shifted else 0, 4.0 if decayed else 0.3, classes)
            )
    with open(os.path.join(folder, "almanac.yml"), "w") as config:
        config.write(CONFIG)


if __name__ == "__main__":
    main()
