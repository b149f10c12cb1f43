#!/usr/bin/env python
"""The explorers in JupyterLab, checked in headless Chromium (`make test` runs it after the notebooks' tests).

Each notebook's "Explore" section is run in JupyterLab, one control of its explorer is used three times, and what the
explorer shows must change, without a JavaScript error, a cell error or an error in the explorer; each response is
timed. Screenshots and report.json go to --out (default: a new temporary folder); --docs also copies each screenshot
into nbs/images/explorers/, where the notebooks' "Explore" sections show them.

  tools/check-explorers.py [--runs DIR] [--out DIR] [--docs] [NOTEBOOK ...]

--runs is the runs folder the explorers open (`make test` passes the one the notebooks' tests wrote into); without it
the explorers open runs/ as `make lab` does, making a tiny run where a system has none."""
import argparse, os, signal, sys, tempfile, time
from pathlib import Path
from encoder_workbench.docs import check_explorers_in_lab, DocsError

# One line per explorer: its notebook, and the control a person would use first (kind, the control's label, and for
# text what to type, one value per action). Kinds: slider (moved one step), dropdown (next option), text, button.
EXPLORERS = {
    '10_temporal_encoder.ipynb': ('slider', 'series'),
    '20_resource_encoder.ipynb': ('dropdown', 'tool'),
    '30_dual_retrieval.ipynb': ('text', 'query', ['read a file line by line', 'parse json', 'quote a string for a shell']),
    '40_chronos.ipynb': ('slider', 'window'),
    '50_tct_gpt.ipynb': ('text', 'seed', ['7', '8', '9']),
}

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('notebooks', nargs='*', help=f'notebooks to check (default: {", ".join(EXPLORERS)})')
    p.add_argument('--runs', help='the runs folder the explorers open (EWB_RUNS for the kernels)')
    p.add_argument('--out', help='where the screenshots and report.json go (default: a new temporary folder)')
    p.add_argument('--docs', action='store_true', help='also copy the screenshots into nbs/images/explorers/')
    a = p.parse_args(argv)
    unknown = [n for n in a.notebooks if n not in EXPLORERS]
    if unknown: p.error(f'no explorer listed for {", ".join(unknown)}; listed: {", ".join(EXPLORERS)}')
    root = Path(__file__).resolve().parent.parent
    out = Path(a.out or tempfile.mkdtemp(prefix='ewb-explorers-'))
    docs = root/'nbs'/'images'/'explorers' if a.docs else None
    if docs: docs.mkdir(parents=True, exist_ok=True)
    env = {'OMP_NUM_THREADS': os.environ.get('OMP_NUM_THREADS', '1')}          # three kernels share the cores
    if a.runs: env['EWB_RUNS'] = str(Path(a.runs).resolve())
    t0 = time.monotonic()
    todo = {n: EXPLORERS[n] for n in a.notebooks or EXPLORERS}
    try: rep = check_explorers_in_lab(todo, out, root/'nbs', env, docs=docs)
    except DocsError as e:
        print(f'explorers: {e}\n(screenshots and report.json in {out})', file=sys.stderr)
        return 1
    checked = {nb: r for nb, r in rep.items() if isinstance(r, dict)}
    for nb, r in checked.items(): print(f"explorers: {nb}: {r['action']}: {', '.join(f'{t} ms' for t in r['ms'])}")
    print(f'explorers: {len(checked)} checked in JupyterLab in {time.monotonic() - t0:.0f} s; screenshots in {out}')
    return 0

if __name__ == '__main__':
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))      # stopped from outside: JupyterLab is still stopped
    sys.exit(main())
