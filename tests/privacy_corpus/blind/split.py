#!/usr/bin/env python3
"""Split the draft corpus into tune/ and sealed/ halves.

Reads draft/p*.toml (planted) and draft/c*.toml (clean), in file-name order.
Shuffles planted and clean reflections separately with random.Random(seed)
(planted first, then clean, from the same generator), puts the first half of
each into tune/ and the rest into sealed/.  Each half must contain at least 15
items of each of the nine kinds and at least 5,000 clean words; otherwise the
next seed is tried.  The seed used is printed and written to split_seed.txt.
(The draft/ folder was deleted after the split was made; this script is kept
as a record of how it was done.)
"""

import collections
import glob
import json
import os
import random
import re
import tomllib

KINDS = ["name", "age", "date", "setting", "address", "postcode", "phone", "email", "id-number"]
FIRST_SEED = 20261203


def load(pattern):
    out = []
    for fn in sorted(glob.glob(pattern)):
        with open(fn, "rb") as fh:
            out.extend(tomllib.load(fh)["reflection"])
    return out


def words(t):
    return len(re.findall(r"\S+", t))


def tstr(s):
    return json.dumps(s, ensure_ascii=False)  # JSON string escapes are valid TOML basic strings


def dump(refls):
    lines = []
    for r in refls:
        t = r["text"]
        assert '"""' not in t and "\\" not in t, "text cannot go in a TOML multi-line basic string"
        lines.append("[[reflection]]")
        lines.append('text = """\n' + t.rstrip("\n") + '\n"""')
        if "people" in r:
            lines.append("people = [" + ", ".join(tstr(p) for p in r["people"]) + "]")
        if "planted" in r:
            lines.append("planted = [")
            for it in r["planted"]:
                parts = [f"kind = {tstr(it['kind'])}"]
                if "type" in it:
                    parts.append(f"type = {tstr(it['type'])}")
                parts.append(f"text = {tstr(it['text'])}")
                if "via" in it:
                    parts.append(f"via = {tstr(it['via'])}")
                lines.append("    { " + ", ".join(parts) + " },")
            lines.append("]")
        lines.append("")
    return "\n".join(lines)


def kind_counts(refls):
    c = collections.Counter()
    for r in refls:
        for it in r["planted"]:
            c[it["kind"]] += 1
    return c


def main():
    planted = load("draft/p*.toml")
    clean = load("draft/c*.toml")
    seed = FIRST_SEED
    while True:
        rng = random.Random(seed)
        p = planted[:]
        c = clean[:]
        rng.shuffle(p)
        rng.shuffle(c)
        halves = {"tune": (p[: len(p) // 2], c[: len(c) // 2]), "sealed": (p[len(p) // 2 :], c[len(c) // 2 :])}
        ok = True
        for name, (hp, hc) in halves.items():
            kc = kind_counts(hp)
            cw = sum(words(r["text"]) for r in hc)
            if any(kc[k] < 15 for k in KINDS) or cw < 5000:
                ok = False
                print(f"seed {seed}: {name} fails: {dict(kc)} clean words {cw}")
        if ok:
            break
        seed += 1
    print("seed used:", seed)
    for name, (hp, hc) in halves.items():
        os.makedirs(name, exist_ok=True)
        hdr = f"# ELC reflective-writing privacy corpus (corpus22), half '{name}', split seed {seed}\n\n"
        with open(f"{name}/planted.toml", "w", encoding="utf-8") as fh:
            fh.write(hdr + dump(hp))
        with open(f"{name}/clean.toml", "w", encoding="utf-8") as fh:
            fh.write(hdr + dump(hc))
        # round-trip check
        for f, src in ((f"{name}/planted.toml", hp), (f"{name}/clean.toml", hc)):
            with open(f, "rb") as fh:
                back = tomllib.load(fh)["reflection"]
            assert [dict(r, text=r["text"].rstrip("\n")) for r in back] == [
                dict(r, text=r["text"].rstrip("\n")) for r in src
            ], f
        kc = kind_counts(hp)
        print(name, len(hp), "planted,", len(hc), "clean,", dict(kc), "clean words", sum(words(r["text"]) for r in hc))
    with open("split_seed.txt", "w") as fh:
        fh.write(f"{seed}\n")


if __name__ == "__main__":
    main()
