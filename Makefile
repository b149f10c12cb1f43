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
test: setup
	tools/check-sync.sh
	EWB_RUNS=$$(mktemp -d) nbdev-test --timing
	ewb docs --check --out $$(mktemp -d)
