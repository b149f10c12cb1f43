#!/usr/bin/env bash
# Set up (or refresh) the project's virtual environment in one command, on a CPU or a CUDA machine.
#   tools/setup.sh            -> .venv with torch 2.13.0, fastai (no torchvision), the package (editable), dev tools
#                                and JupyterLab (`make lab`; the explorers' browser check)
# Re-running is a no-op until pyproject.toml, constraints.txt or this script change.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${EWB_VENV:-.venv}
py=${PYTHON:-$(command -v python3.11 || command -v python3)}
stamp=$(cat pyproject.toml constraints.txt tools/setup.sh | sha1sum | cut -c1-16)
if [ -f "$venv/.ewb-setup" ] && [ "$(cat "$venv/.ewb-setup")" = "$stamp" ]; then exit 0; fi

echo "setting up $venv with $("$py" --version)"
[ -x "$venv/bin/python" ] || "$py" -m venv "$venv"
pip=("$venv/bin/python" -m pip install -q -c constraints.txt)
# torch first and pinned: an unpinned `torch` pulls the newest multi-GB CUDA build even on a CPU machine
"${pip[@]}" torch==2.13.0
# fastai without its dependencies (torchvision, spacy); the ones it really uses are in pyproject.toml
"${pip[@]}" --no-deps fastai
# pip then notes that fastai's torchvision and spacy are missing: that is intended, so those lines are dropped
"${pip[@]}" -e ".[dev,lab]" 2> >(grep -v -e "fastai .* requires \(torchvision\|spacy\)" -e "resolver does not currently take into account" >&2)

# torchvision must never sit beside a CPU torch: its import fails and takes transformers' AutoModel down with it
if "$venv/bin/python" -c "import importlib.util as u, torch, sys; sys.exit(not (u.find_spec('torchvision') and not torch.cuda.is_available()))"; then
  echo "removing torchvision: its only build for torch 2.13 needs CUDA"
  "$venv/bin/python" -m pip uninstall -y -q torchvision
fi
"$venv/bin/python" -c "import torch, fastai, transformers; print(f'torch {torch.__version__} (cuda: {torch.cuda.is_available()}), fastai {fastai.__version__}, transformers {transformers.__version__}')"
echo "$stamp" > "$venv/.ewb-setup"
