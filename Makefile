# Almanac: `make demo` runs the built-in demo, `make test` runs the test suite.
SWIFT ?= swift
RELEASE_BIN = .build/release/almanac

.PHONY: all deps build demo test engines-check bench simulate crash-test fuzz look clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product almanac

demo: build
	$(RELEASE_BIN) demo

test: deps
	$(SWIFT) test

# The demo reported from files, from PostgreSQL and from Spark Connect, compared figure by figure
# (starts both engines unless ALMANAC_POSTGRES_URL and ALMANAC_SPARK_URL name running ones).
engines-check: build
	scripts/engines/check.sh

# Benchmarks: the numeric core (package-benchmark in Benchmarks/, rows per second), the reader
# against pandas, the end-to-end report on 1M + 1M rows, a 1,000-model portfolio, and a 20M-row,
# 200-model table in Spark (Spark Connect, local[2]).
bench: deps
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark --scale
	scripts/bench/ingest.sh
	scripts/bench/report.sh
	scripts/bench/portfolio.sh
	scripts/bench/spark.sh

# The false-alarm simulation at full size: 20 stable model-years at 300 to 50,000 rows a week,
# and a one-step shift in each (a release build of the tests).
simulate: deps
	ALMANAC_SIMULATION=full $(SWIFT) test -c release --filter FalseAlarmSimulationTests

# Kills `almanac report` at 25 random moments and checks the reports and history each time.
crash-test: deps
	scripts/crash/crash-test.sh

# libFuzzer with the address sanitizer on every reader, the config, templates and a whole run,
# FUZZ_SECONDS each (60 by default), from the seeds in Fuzz/Corpus/.
fuzz: deps
	scripts/fuzz/fuzz.sh

# The demo's workbook through LibreOffice and its page through Chromium, as PNGs in .build/look.
look: demo
	scripts/look/look.sh

clean:
	rm -rf .build
