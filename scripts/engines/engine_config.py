#!/usr/bin/env python3
"""Writes the demo's config with its prediction logs read from an engine's tables.

    engine_config.py DEMO_CONFIG postgres URL SECRET_VARIABLE > almanac-postgres.yml
    engine_config.py DEMO_CONFIG spark URL SECRET_VARIABLE QUERIES_JSON > almanac-spark.yml

PostgreSQL reads the tables demo_tables.py made (demo.credit_default, demo.store_demand); Spark
reads the queries demo_tables.py printed. Everything else (reference files, registry, economics, thresholds) stays as it is, so the
engine's report can be compared with the files' figure by figure.
"""
import json
import sys

import yaml

config_path, kind, url, secret = sys.argv[1:5]
queries = {}
if kind == "spark":
    with open(sys.argv[5]) as handle:
        queries = json.load(handle)
with open(config_path) as handle:
    config = yaml.safe_load(handle)
engine = {"kind": kind, "url": url}
if secret:
    engine["password_env" if kind == "postgres" else "token_env"] = secret
config["engines"] = {kind: engine}
for model in config["models"]:
    table = model["name"].replace("-", "_")
    model["predictions"] = ({"engine": kind, "query": queries[table]} if kind == "spark"
                            else {"engine": kind, "table": f"demo.{table}"})
yaml.safe_dump(config, sys.stdout, sort_keys=False)
