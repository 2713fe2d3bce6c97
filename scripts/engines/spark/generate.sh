#!/usr/bin/env bash
# Regenerates the Swift code in Sources/AlmanacSpark/Generated/ from the .proto files in
# scripts/engines/spark/protos/.
#
# Run by hand after editing the protos; the build never runs it, and its output is committed.
# Needs `protoc` (Debian: apt-get install protobuf-compiler). The two protoc plugins are built
# from the package's own pinned dependencies: protoc-gen-swift (swift-protobuf) and
# protoc-gen-grpc-swift-2 (grpc-swift-protobuf), into .build/.
#
# Usage: scripts/engines/spark/generate.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."

swift build --product protoc-gen-swift
swift build --product protoc-gen-grpc-swift-2
bin="$(swift build --show-bin-path)"

out=Sources/AlmanacSpark/Generated
rm -f "$out"/*.swift
protos=(spark/connect/base.proto spark/connect/relations.proto)

protoc -I scripts/engines/spark/protos \
    --plugin=protoc-gen-swift="$bin/protoc-gen-swift" \
    --swift_out="$out" \
    --swift_opt=Visibility=Internal,FileNaming=DropPath \
    "${protos[@]}"

protoc -I scripts/engines/spark/protos \
    --plugin=protoc-gen-grpc-swift-2="$bin/protoc-gen-grpc-swift-2" \
    --grpc-swift-2_out="$out" \
    --grpc-swift-2_opt=Visibility=Internal,Client=true,Server=false,FileNaming=DropPath \
    spark/connect/base.proto

echo "Generated: $(ls "$out" | tr "\n" " ")"
