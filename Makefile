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

clean:
	rm -rf .build
