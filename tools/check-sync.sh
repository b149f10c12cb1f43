#!/usr/bin/env bash
# Fail when nbdev-export, nbdev-clean or the README build would change a tracked file: the package must be what
# the notebooks export, the notebooks must be committed clean, README.md must be what nbs/index.ipynb renders to.
set -euo pipefail
cd "$(dirname "$0")/.."
snapshot() { git diff HEAD --binary -- . | sha1sum; git status --porcelain --untracked-files=all -- encoder_workbench nbs README.md; }
before=$(snapshot)
nbdev-export
nbdev-clean
ewb readme
if [ "$(snapshot)" != "$before" ]; then
  echo "nbdev-export / nbdev-clean / ewb readme changed these files; run them and commit the result:" >&2
  git status --short -- encoder_workbench nbs README.md >&2
  exit 1
fi
echo "notebooks, package and README are in sync"
