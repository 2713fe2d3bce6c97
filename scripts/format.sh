#!/usr/bin/env bash
# Formats the Swift sources with the project's .swift-format, then lints them strictly.
#   scripts/format.sh          format in place, then lint
#   scripts/format.sh --check  lint only (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Sources Tests Package.swift Benchmarks/Package.swift Benchmarks/Benchmarks Fuzz/Package.swift Fuzz/Sources)
if [ "${1:-}" != "--check" ]; then
  swift format format --in-place --recursive "${paths[@]}"
fi
swift format lint --strict --recursive "${paths[@]}"
