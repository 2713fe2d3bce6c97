#!/usr/bin/env python3
"""Checks that scripts/engines/spark/protos/ is a wire-compatible subset of the Spark Connect protocol of pyspark.

Every message field kept in scripts/engines/spark/protos/spark/connect/*.proto must have the same number, type,
label, oneof and proto3 `optional` flag as in the descriptors that the installed pyspark ships
(pyspark/sql/connect/proto/*_pb2.py), and every RPC kept must have the same request and
response types. Needs `protoc` and the `protobuf` package.

Run with the Spark virtualenv: .venv-spark/bin/python scripts/engines/spark/check-protos.py
"""

import ast
import pathlib
import re
import subprocess
import sys

import pyspark
from google.protobuf import descriptor_pb2

ROOT = pathlib.Path(__file__).resolve().parent
PROTOS = ROOT / "protos"
PYSPARK_PROTO = pathlib.Path(pyspark.__file__).parent / "sql" / "connect" / "proto"


def ours():
    files = sorted(str(p.relative_to(PROTOS)) for p in PROTOS.rglob("*.proto"))
    output = subprocess.run(
        ["protoc", f"-I{PROTOS}", "-o/dev/stdout", *files], capture_output=True, check=True
    ).stdout
    return descriptor_pb2.FileDescriptorSet.FromString(output).file


def upstream(name):
    source = (PYSPARK_PROTO / f"{pathlib.Path(name).stem}_pb2.py").read_text()
    literal = re.search(r"AddSerializedFile\(\s*(b'.*?')\s*\)\n", source, re.S).group(1)
    return descriptor_pb2.FileDescriptorProto.FromString(ast.literal_eval(literal))


def fields(file):
    table = {}

    def walk(prefix, messages):
        for message in messages:
            name = prefix + message.name
            table[name] = {
                f.name: (
                    f.number, f.type, f.label, f.type_name, f.proto3_optional,
                    message.oneof_decl[f.oneof_index].name if f.HasField("oneof_index") else None,
                )
                for f in message.field
            }
            walk(name + ".", message.nested_type)

    walk("", file.message_type)
    return table


def methods(file):
    return {
        (s.name, m.name): (m.input_type, m.output_type, m.server_streaming)
        for s in file.service for m in s.method
    }


def main():
    problems = []
    for file in ours():
        theirs = upstream(file.name)
        their_fields = fields(theirs)
        for message, kept in fields(file).items():
            for name, shape in kept.items():
                if their_fields.get(message, {}).get(name) != shape:
                    problems.append(f"{file.name}: {message}.{name} differs from pyspark")
        their_methods = methods(theirs)
        for key, shape in methods(file).items():
            if their_methods.get(key) != shape:
                problems.append(f"{file.name}: rpc {key[0]}.{key[1]} differs from pyspark")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{'FAIL' if problems else 'OK'}: scripts/engines/spark/protos/ checked against pyspark {pyspark.__version__}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
