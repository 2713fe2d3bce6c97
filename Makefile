# Almanac: `make demo` runs the built-in demo, `make test` runs the test suite.
SWIFT ?= swift
RELEASE_BIN = .build/release/almanac

.PHONY: all deps build demo test bench clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product almanac

demo: build
	$(RELEASE_BIN) demo

test: deps
	$(SWIFT) test

# Benchmarks (package-benchmark, Benchmarks/ package); --scale makes throughput read in rows per second.
bench: deps
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark --scale

clean:
	rm -rf .build
