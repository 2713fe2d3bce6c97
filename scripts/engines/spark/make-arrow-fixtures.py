#!/usr/bin/env python3
"""Writes the Arrow IPC stream fixtures of Tests/AlmanacSparkTests/Fixtures/.

Each NAME.arrows is an Arrow IPC stream written by pyarrow; NAME.json holds what the Swift
reader must decode from it: the row count and, per column, its name, the ArrowValues kind and
the values (null for nulls; dates as days and timestamps as microseconds since the epoch;
decimals as an int when the scale is 0, else as float(Decimal); infinities as "inf"). Streams the reader must
reject have no .json; the tests name their expected errors.

Run with the pyarrow of the Spark virtualenv (scripts/engines/spark/start.sh creates it):
    .venv-spark/bin/python scripts/engines/spark/make-arrow-fixtures.py
"""

import datetime
import decimal
import json
import math
import pathlib

import pyarrow as pa

OUT = pathlib.Path(__file__).resolve().parents[3] / "Tests" / "AlmanacSparkTests" / "Fixtures"
EPOCH = datetime.date(1970, 1, 1)
UTC = datetime.timezone.utc


def write(name, batches, schema=None, options=None):
    schema = schema or batches[0].schema
    with pa.OSFile(str(OUT / f"{name}.arrows"), "wb") as sink:
        with pa.ipc.new_stream(sink, schema, options=options) as writer:
            for batch in batches:
                writer.write_batch(batch)
    return schema


def expected(name, schema, batches):
    table = pa.Table.from_batches(batches, schema=schema)
    columns = []
    for field, column in zip(schema, table.columns):
        kind, convert = kind_of(field.type)
        values = [None if v is None else convert(v) for v in column.to_pylist()]
        columns.append({"name": field.name, "kind": kind, "values": values})
    document = {
        "pyarrow": pa.__version__,
        "rowCount": table.num_rows,
        "columns": columns,
    }
    (OUT / f"{name}.json").write_text(json.dumps(document, indent=1) + "\n")


def micros(value):
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - datetime.datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def finite_or_text(value):
    """JSON has no infinities or NaN: those are written as the strings "inf", "-inf", "nan"."""
    value = float(value)
    return value if math.isfinite(value) else repr(value)


def kind_of(arrow_type):
    if pa.types.is_null(arrow_type):
        return "null", lambda v: v
    if pa.types.is_integer(arrow_type):
        return "int64", int
    if pa.types.is_floating(arrow_type):
        return "double", finite_or_text
    if pa.types.is_string(arrow_type):
        return "string", str
    if pa.types.is_boolean(arrow_type):
        return "bool", bool
    if pa.types.is_date(arrow_type):
        return "date", lambda v: (v - EPOCH).days
    if pa.types.is_timestamp(arrow_type):
        return "timestamp", micros
    if pa.types.is_decimal(arrow_type):
        if arrow_type.scale == 0:
            return "int64", int
        return "double", float
    raise ValueError(f"no kind for {arrow_type}")


def fixture(name, batches, schema=None):
    schema = write(name, batches, schema)
    expected(name, schema, batches)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    days = [datetime.date(2024, 2, 29), None, datetime.date(1969, 12, 31), EPOCH, datetime.date(1, 1, 1)]
    fixture("primitives", [pa.record_batch({
        "i8": pa.array([-128, 127, None, 0, 1], pa.int8()),
        "i16": pa.array([-32768, 32767, 0, None, 2], pa.int16()),
        "i32": pa.array([-2**31, 2**31 - 1, 0, 3, None], pa.int32()),
        "i64": pa.array([-2**63, 2**63 - 1, None, 0, 4], pa.int64()),
        "u8": pa.array([0, 255, None, 7, 8], pa.uint8()),
        "u16": pa.array([0, 65535, 1, None, 9], pa.uint16()),
        "u32": pa.array([0, 2**32 - 1, 2, 3, None], pa.uint32()),
        "f32": pa.array([1.5, -2.25, None, 0.0, 3.0e38], pa.float32()),
        "f64": pa.array([0.1, -1e300, float("inf"), None, 2.5], pa.float64()),
        "text": pa.array(["x", "", None, "héllo 🌍", "a" * 40], pa.string()),
        "flag": pa.array([True, False, None, True, True], pa.bool_()),
        "day": pa.array(days, pa.date32()),
        "nothing": pa.array([None] * 5, pa.null()),
    })])

    schema = pa.schema([("id", pa.int64()), ("name", pa.string())])
    fixture("multi_batch", [
        pa.record_batch([pa.array([1, 2, 3]), pa.array(["a", None, "c"])], schema=schema),
        pa.record_batch([pa.array([], pa.int64()), pa.array([], pa.string())], schema=schema),
        pa.record_batch([pa.array([4, None, 6, 7]), pa.array(["d", "e", "", "g"])], schema=schema),
    ])

    d = decimal.Decimal
    fixture("decimals", [pa.record_batch({
        "money": pa.array([d("123.45"), d("-0.01"), None, d("99999999.99")], pa.decimal128(10, 2)),
        "whole": pa.array([d(2**63 - 1), d(-2**63), d(0), None], pa.decimal128(38, 0)),
        "fine": pa.array([d("1.000000000000000001"), None, d("-3.5"), d("0")], pa.decimal128(38, 18)),
    })])

    moments = [datetime.datetime(2024, 5, 6, 7, 8, 9, 123456), None,
               datetime.datetime(1969, 12, 31, 23, 59, 59, 999999)]
    fixture("timestamps", [pa.record_batch({
        "us_utc": pa.array(moments, pa.timestamp("us", tz="UTC")),
        "us_local": pa.array(moments, pa.timestamp("us")),
        "ms": pa.array([m and m.replace(microsecond=123000) for m in moments], pa.timestamp("ms")),
        "s": pa.array([m and m.replace(microsecond=0) for m in moments], pa.timestamp("s")),
        "ns": pa.array(moments, pa.timestamp("ns")),
        "day64": pa.array([datetime.date(2000, 1, 1), None, datetime.date(1969, 1, 1)], pa.date64()),
    })])

    fixture("empty", [], schema=pa.schema([("a", pa.int32()), ("b", pa.string())]))

    batch = pa.record_batch({"n": pa.array(list(range(100)), pa.int64())})
    write("compressed", [batch], options=pa.ipc.IpcWriteOptions(compression="zstd"))
    write("decimal_overflow", [pa.record_batch({"big": pa.array([d(2**63)], pa.decimal128(38, 0))})])
    write("dictionary", [pa.record_batch({"d": pa.array(["a", "b", "a"]).dictionary_encode()})])
    write("nested", [pa.record_batch({"l": pa.array([[1, 2], [], None])})])


if __name__ == "__main__":
    main()
