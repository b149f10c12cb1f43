# The two commands of the README. Both first set up .venv (tools/setup.sh: a no-op while it is current).
SHELL := /bin/bash
export PATH := $(CURDIR)/.venv/bin:$(PATH)

.PHONY: setup demo test

setup:
	@tools/setup.sh

# Every system notebook run by papermill on its demo preset into runs/demo/, then the headline table.
demo: setup
	ewb demo

# What CI runs: notebooks and package in sync and clean, every notebook's tests, the offline docs in a browser.
# The small local LM the system notebooks test with is built first, on its own (about 36 minutes the first time,
# then reused from data/models), so no notebook cell waits on it past nbdev-test's cell timeout.
test: setup
	tools/check-sync.sh
	ewb build-lm small
	EWB_RUNS=$$(mktemp -d) nbdev-test --timing
	ewb docs --check --out $$(mktemp -d)
