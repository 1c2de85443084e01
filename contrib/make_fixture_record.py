"""Make tests/fixtures/record/: a subset of data/ closed under references (States, persons and their warrants,
situations, instruments), seeded with the records the bad fixtures name and any ids given as arguments.
Usage: python contrib/make_fixture_record.py NLD MNG RUS UKR PHL JOR BDI BEL TCD UGA vladimir-vladimirovich-putin
Then copy data/lookups into it and write its assertions.yaml (counts of what was copied)."""
import re, shutil, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
OUT = ROOT / "tests/fixtures/record"
KINDS = [d.name for d in DATA.iterdir() if d.is_dir() and d.name != "lookups"]
index = {}  # id -> path
for k in KINDS:
    for p in (DATA / k).glob("*.yaml"):
        index.setdefault(p.stem, []).append(p)
seeds = set(sys.argv[1:])
# also whatever the bad fixtures name
for f in (ROOT / "tests/fixtures/bad").rglob("*.yaml"):
    seeds |= {t for t in re.findall(r"[A-Za-z0-9][A-Za-z0-9_-]+", f.read_text()) if t in index}
warrants_of = {}
for w in (DATA / "warrants").glob("*.yaml"):
    m = re.search(r"^person: (\S+)", w.read_text(), re.M)
    if m:
        warrants_of.setdefault(m.group(1), []).append(w.stem)
todo, chosen = list(seeds), set()
while todo:
    i = todo.pop()
    if i in chosen or i not in index:
        continue
    chosen.add(i)
    todo += warrants_of.get(i, [])
    for p in index[i]:
        for t in re.findall(r"[A-Za-z0-9][A-Za-z0-9_-]+", p.read_text()):
            if t in index and t not in chosen:
                # do not follow into every event/decision of a state: only states, persons, situations, instruments, warrants of persons
                if any(q.parent.name in ("states", "persons", "situations", "instruments") for q in index[t]):
                    todo.append(t)
print(len(chosen), file=sys.stderr)
if OUT.exists():
    shutil.rmtree(OUT)
for i in sorted(chosen):
    for p in index[i]:
        (OUT / p.parent.name).mkdir(parents=True, exist_ok=True)
        shutil.copy(p, OUT / p.parent.name / p.name)
shutil.copy(DATA / "meta.yaml", OUT / "meta.yaml")
for k in sorted(d.name for d in OUT.iterdir() if d.is_dir()):
    print(k, len(list((OUT / k).glob("*.yaml"))), file=sys.stderr)
