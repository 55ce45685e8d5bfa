"""Fills @@CAP ...@@ markers in the templates with COW NMC v6.0 capability points."""
import csv, re, sys
from decimal import Decimal

COW = '/work/shared/data/cow/NMC-60-abridged.csv'
rows = {}
for r in csv.DictReader(open(COW)):
    rows[(r['stateabb'], int(r['year']))] = r
COMPONENTS = ['milex', 'milper', 'irst', 'pec', 'tpop', 'upop']

def plain(text):
    d = Decimal(text)
    s = format(d, 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s

def point(code, year, with_score=False, indent='\t\t'):
    r = rows.get((code, year))
    if r is None:
        return None
    parts = [str(year)]
    if with_score and r['cinc'] != '-9':
        parts += ['score', plain(r['cinc'])]
    for c in COMPONENTS:
        if r[c] != '-9' and Decimal(r[c]) >= 0:
            parts += [c, plain(r[c])]
    return indent + ' '.join(parts)

# analyst estimates (composite CINC-like shares) for 2020 and 2024; see multipolar-2025.entente
ESTIMATES = {}

def expand(line):
    m = re.match(r'\s*@@CAP (\w+)(?: as (\w+))? ([\d,\-/]+)( score)?@@\s*$', line)
    if not m:
        return line
    code, cow_code, spec, score = m.group(1), m.group(2) or m.group(1), m.group(3), bool(m.group(4))
    years = []
    for part in spec.split(','):
        if '-' in part:
            rng, _, stepv = part.partition('/')
            a, b = rng.split('-')
            years += range(int(a), int(b) + 1, int(stepv or 1))
        else:
            years.append(int(part))
    out = []
    for y in years:
        p = point(cow_code, y, score)
        if p is None:
            sys.stderr.write(f'no COW row for {cow_code} {y}\n')
            continue
        out.append(p + '\n')
    return ''.join(out)

src, dst = sys.argv[1], sys.argv[2]
with open(src) as f, open(dst, 'w') as g:
    for line in f:
        g.write(expand(line))
