#!/usr/bin/env python3
"""Validate ID numbers in the corpus.

* Every planted item of kind "id-number" must be VALID for its declared type
  (chi, nhs, ni, scn).
* Every ID look-alike found anywhere else (clean text, and un-annotated text
  in planted reflections) must FAIL every check: same shape, wrong check digit
  (or an impossible NI prefix/suffix).

Rules implemented:
  CHI  - 10 digits, first six a real DDMMYY date, 10th digit = mod-11 check
         digit, weights 10..2 over digits 1-9; 11 -> 0, 10 -> invalid.
  NHS  - 10 digits, same modulus-11 rule (NHS Data Dictionary).
  NI   - 2 prefix letters (1st not D F I Q U V; 2nd not D F I O Q U V; not
         BG GB KN NK NT TN ZZ), 6 digits, suffix A-D (HMRC NIM39110).
  SCN  - 9 digits: 8 data digits + check digit, weights 3 2 7 6 5 4 3 2,
         check = 11 - (sum mod 11); remainder 0 -> 0; remainder 1 -> invalid
         (HESA data dictionary, field SCN).
Usage: python3 validate_ids.py [toml files...]   (default: tune/ and sealed/)
"""

import datetime
import glob
import re
import sys
import tomllib


def _mod11(digits, weights):
    s = sum(int(d) * w for d, w in zip(digits, weights, strict=False))
    c = 11 - (s % 11)
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def digits_of(s):
    return re.sub(r"\D", "", s)


def valid_nhs(s):
    d = digits_of(s)
    if len(d) != 10:
        return False
    c = _mod11(d[:9], range(10, 1, -1))
    return c is not None and c == int(d[9])


def valid_chi(s):
    d = digits_of(s)
    if not valid_nhs(d):
        return False
    dd, mm, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    for century in (1900, 2000):
        try:
            datetime.date(century + yy, mm, dd)
            return True
        except ValueError:
            pass
    return False


def valid_scn(s):
    d = digits_of(s)
    if len(d) != 9:
        return False
    c = _mod11(d[:8], [3, 2, 7, 6, 5, 4, 3, 2])
    return c is not None and c == int(d[8])


NI_RE = re.compile(r"^([A-Z])([A-Z])(\d{6})([A-D])$")


def valid_ni(s):
    t = re.sub(r"[\s-]", "", s).upper()
    m = NI_RE.match(t)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return not (a in "DFIQUV" or b in "DFIOQUV" or a + b in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


CHECK = {"chi": valid_chi, "nhs": valid_nhs, "ni": valid_ni, "scn": valid_scn}

# candidate look-alikes: digit runs allowing single space/hyphen/slash between groups
NUM_RE = re.compile(r"(?<![\d])\d(?:[ \-]?\d){8,9}(?![\d])")
NI_LIKE = re.compile(r"\b[A-Za-z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-Za-z]\b")


def lookalikes(text):
    out = []
    for m in NUM_RE.finditer(text):
        out.append((m.start(), m.end(), m.group()))
    for m in NI_LIKE.finditer(text):
        out.append((m.start(), m.end(), m.group()))
    return out


def any_valid(s):
    return [t for t, f in CHECK.items() if f(s)]


def main(files):
    bad = 0
    nvalid = 0
    nlook = 0
    for fn in files:
        with open(fn, "rb") as fh:
            data = tomllib.load(fh)
        for i, r in enumerate(data.get("reflection", [])):
            text = r["text"]
            spans = []
            for it in r.get("planted", []):
                if it["kind"] == "id-number":
                    t = it.get("type")
                    if t not in CHECK:
                        print(f"{fn}#{i}: id-number without valid type: {it}")
                        bad += 1
                        continue
                    if not CHECK[t](it["text"]):
                        print(f"{fn}#{i}: planted {t} does NOT validate: {it['text']!r}")
                        bad += 1
                    else:
                        nvalid += 1
                start = 0
                while True:
                    k = text.find(it["text"], start)
                    if k < 0:
                        break
                    spans.append((k, k + len(it["text"])))
                    start = k + 1
            for s, e, g in lookalikes(text):
                if any(s < e2 and s2 < e for s2, e2 in spans):
                    continue  # part of a planted item
                nlook += 1
                v = any_valid(g)
                if v:
                    print(f"{fn}#{i}: un-annotated look-alike {g!r} VALIDATES as {v}")
                    bad += 1
    print(f"valid planted ids: {nvalid}; look-alikes checked (all must fail): {nlook}; problems: {bad}")
    return bad


if __name__ == "__main__":
    files = sys.argv[1:] or sorted(glob.glob("tune/*.toml") + glob.glob("sealed/*.toml"))
    sys.exit(1 if main(files) else 0)
