#!/usr/bin/env python
"""Exported cells of fastcore size: median lines per exported cell <= 15, none over 60, no exported line over 120
characters. Lines are the cell's code lines without `#|` directives. Run with notebook paths to see one notebook's
figures (`--report` lists the long cells and lines); without, every notebook in nbs/ is checked (as `make test` does)."""
import argparse, json, statistics, sys
from pathlib import Path

MEDIAN, LONGEST, WIDTH = 15, 60, 120

def exported_cells(nb:Path):
    "(cell id, code lines) of each exported code cell of `nb`"
    for c in json.loads(nb.read_text())['cells']:
        src = ''.join(c['source']).splitlines()
        flags = [l.split('|', 1)[1].split() for l in src if l.startswith('#|')]
        if c['cell_type'] == 'code' and any(f and f[0] in ('export', 'exports') for f in flags):
            yield c.get('id', '?'), [l for l in src if not l.startswith('#|')]

def check(nbs:list[Path], report:bool) -> list[str]:
    sizes, problems = [], []
    for nb in nbs:
        for cid, lines in exported_cells(nb):
            sizes.append(len(lines))
            if len(lines) > LONGEST: problems.append(f'{nb}: cell {cid} has {len(lines)} lines (at most {LONGEST})')
            problems += [f'{nb}: cell {cid} line {i + 1} has {len(l)} characters (at most {WIDTH})'
                         for i, l in enumerate(lines) if len(l) > WIDTH]
    med = statistics.median(sizes) if sizes else 0
    print(f'{len(sizes)} exported cells, median {med} lines, longest {max(sizes, default=0)}; '
          f'{sum(s > LONGEST for s in sizes)} over {LONGEST} lines; '
          f"{sum('characters' in p for p in problems)} lines over {WIDTH} characters")
    if med > MEDIAN: problems.append(f'median exported cell is {med} lines (at most {MEDIAN})')
    if report: print('\n'.join(problems))
    return problems

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('notebooks', nargs='*', type=Path)
    ap.add_argument('--report', action='store_true', help='list every long cell and line')
    a = ap.parse_args()
    root = Path(__file__).resolve().parent.parent
    problems = check(a.notebooks or sorted((root/'nbs').glob('*.ipynb')), a.report)
    if problems and not a.report: print(f'{len(problems)} problems; run with --report to list them', file=sys.stderr)
    sys.exit(1 if problems else 0)
