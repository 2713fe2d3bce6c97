#!/usr/bin/env python3
"""Writes a synthetic portfolio of binary classifiers to look at a report at scale.

Usage: portfolio.py FOLDER [MODELS]   (default 1000 models)

FOLDER receives predictions.csv (one week, 2026-11-16 to 2026-11-22, 150 rows per model with
outcomes), reference.csv (300 rows per model) and almanac.yml (one models entry without a name,
so it covers every model in the files; value per outcome for the economics). About one model in
twelve has inputs shifted this week and one in twenty has its predictions worse than chance, so
the report holds a realistic share of models to act on. Seeded: the files are the same on every
run. Standard library only.
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
  - task: binary-classification
    predictions: predictions.csv
    reference: reference.csv
    categorical: [segment]
    economics:
      monthly_infrastructure: 400
      per_thousand_predictions: 0.5
      outcomes: { true_positive: 40, false_positive: -10, false_negative: -20, true_negative: 0 }
"""


def rows(generator, model, count, start, seconds, shift, noise):
    """Rows of one model: two numeric inputs, a segment, a calibrated score and its outcome."""
    for index in range(count):
        x1 = generator.gauss(shift, 1)
        x2 = generator.gauss(0, 1)
        segment = generator.choice("abc" if shift == 0 else "abcc")
        logit = 1.4 * x1 - 0.8 * x2 + (0.5 if segment == "a" else 0)
        actual = 1 if generator.random() < 1 / (1 + math.exp(-logit)) else 0
        score = 1 / (1 + math.exp(-(logit + generator.gauss(0, noise))))
        stamp = start + seconds * index // count
        day, rest = divmod(stamp, 86400)
        time = f"2026-11-{16 + day:02d}T{rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}Z"
        yield f"{time},{model},{int(score >= 0.5)},{score:.4f},{actual},{x1:.3f},{x2:.3f},{segment}\n"


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__.strip().splitlines()[2])
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) == 3 else 1000
    os.makedirs(folder, exist_ok=True)
    generator = random.Random(2047)
    header = "timestamp,model,prediction,score,actual,x1,x2,segment\n"
    with open(os.path.join(folder, "reference.csv"), "w") as reference, open(
        os.path.join(folder, "predictions.csv"), "w"
    ) as predictions:
        reference.write(header)
        predictions.write(header)
        for number in range(1, count + 1):
            model = f"model-{number:04d}"
            shifted = number % 12 == 0
            decayed = number % 20 == 7
            reference.writelines(rows(generator, model, 300, 0, 7 * 86400 - 1, 0, 0.3))
            predictions.writelines(
                rows(
                    generator, model, 150, 0, 7 * 86400 - 1,
                    1.2 if shifted else 0, 4.0 if decayed else 0.3,
                )
            )
    with open(os.path.join(folder, "almanac.yml"), "w") as config:
        config.write(CONFIG)


if __name__ == "__main__":
    main()
