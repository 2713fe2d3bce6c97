#!/usr/bin/env python3
"""Loads the built-in demo's prediction logs into an engine as tables, for `make engines-check`.

    demo_tables.py postgres DEMO_DIR   # SQL for psql on stdout, rows inlined with COPY
    demo_tables.py spark DEMO_DIR      # JSON on stdout: each table's Spark query

PostgreSQL gets typed tables filled with COPY. For Spark the rows go to CSV files next to the
demo, and each table is a query that reads its file and casts every column to its type (the
config's `predictions: { engine: spark, query: ... }`). Empty cells are NULL.
"""
import csv
import glob
import json
import os
import sys

# Each demo model: its table, its files, and its columns with their SQL types.
TABLES = [
    ("credit_default", "credit-default/predictions-*.csv", [
        ("ts", "timestamptz", "TIMESTAMP"), ("model_name", "text", "STRING"),
        ("model_version", "text", "STRING"), ("pred", "integer", "INT"),
        ("proba", "double precision", "DOUBLE"), ("label", "integer", "INT"),
        ("income", "double precision", "DOUBLE"), ("age", "integer", "INT"),
        ("debt_ratio", "double precision", "DOUBLE"), ("credit_lines", "integer", "INT"),
        ("region", "text", "STRING"), ("channel", "text", "STRING"),
    ]),
    ("store_demand", "store-demand/predictions-*.jsonl", [
        ("timestamp", "date", "DATE"), ("model", "text", "STRING"), ("version", "text", "STRING"),
        ("prediction", "double precision", "DOUBLE"), ("actual", "double precision", "DOUBLE"),
        ("store_size", "integer", "INT"), ("promo", "integer", "INT"),
        ("day_of_week", "integer", "INT"), ("temperature", "double precision", "DOUBLE"),
        ("price", "double precision", "DOUBLE"),
    ]),
]


def rows(demo, pattern, names):
    for path in sorted(glob.glob(os.path.join(demo, pattern))):
        with open(path, newline="") as handle:
            if path.endswith(".jsonl"):
                for line in handle:
                    record = json.loads(line)
                    yield [record.get(name) for name in names]
            else:
                for record in csv.DictReader(handle):
                    yield [record[name] if record[name] != "" else None for name in names]


def text(value):
    return "" if value is None else str(value)


def postgres(demo):
    print("DROP SCHEMA IF EXISTS demo CASCADE; CREATE SCHEMA demo;")
    for table, pattern, columns in TABLES:
        names = [name for name, _, _ in columns]
        print(f"CREATE TABLE demo.{table} ("
              + ", ".join(f'"{name}" {kind}' for name, kind, _ in columns) + ");")
        print(f"COPY demo.{table} FROM STDIN WITH (FORMAT csv);")
        writer = csv.writer(sys.stdout, lineterminator="\n")
        for row in rows(demo, pattern, names):
            writer.writerow([text(value) for value in row])
        print("\\.")


def spark(demo):
    queries = {}
    for table, pattern, columns in TABLES:
        names = [name for name, _, _ in columns]
        path = os.path.join(os.path.abspath(demo), "spark", f"{table}.csv")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            for row in rows(demo, pattern, names):
                writer.writerow([text(value) for value in row])
        casts = ", ".join(f"CAST(_c{index} AS {kind}) AS `{name}`"
                          for index, (name, _, kind) in enumerate(columns))
        queries[table] = f"SELECT {casts} FROM csv.`{path}`"
    json.dump(queries, sys.stdout)


if __name__ == "__main__":
    {"postgres": postgres, "spark": spark}[sys.argv[1]](sys.argv[2])
