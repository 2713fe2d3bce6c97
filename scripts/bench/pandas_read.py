"""Times pandas.read_csv on the benchmark export (used by scripts/bench/ingest.sh).

Variants: "default" is plain read_csv (text columns stay Python strings); "typed" also parses the
timestamp and reads the text columns as categories, which is closest to what Almanac builds.
Prints rows, seconds and MB/s for the read_csv call alone.
"""

import os
import sys
import time

import pandas as pd

path, variant = sys.argv[1], sys.argv[2]
categories = ["model", "region", "channel", "segment", "device"]
start = time.perf_counter()
if variant == "typed":
    frame = pd.read_csv(path, parse_dates=["timestamp"], dtype={name: "category" for name in categories})
else:
    frame = pd.read_csv(path)
seconds = time.perf_counter() - start
size = os.path.getsize(path)
print(f"rows={len(frame)} columns={len(frame.columns)} seconds={seconds:.3f} mb_per_s={size / 1e6 / seconds:.1f}")
