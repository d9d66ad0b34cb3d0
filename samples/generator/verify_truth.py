#!/usr/bin/python3
"""Re-run the contract's cross-field checks on truth files and compare with the problems they list.

Usage: /usr/bin/python3 samples/generator/verify_truth.py DIR [DIR ...]
Exit code 1 when a truth file's problems differ from what its printed values imply.
"""
import json
import sys
from pathlib import Path


def v(f):
    return None if f is None else f.get("value")


def order_problems(t):
    f, lines, found = t["fields"], t["lines"], set()
    for ln in lines:
        q, p, a = v(ln["quantity"]), v(ln["unitPrice"]), v(ln["amount"])
        if None not in (q, p, a) and abs(q * p - a) > 0.005:
            found.add("line_amount_mismatch")
    total_lines = round(sum(v(ln["amount"]) for ln in lines), 2)
    sub, tax, total = v(f["subtotal"]), v(f["tax"]), v(f["total"])
    target = sub if sub is not None else total
    if target is not None and abs(total_lines - target) > 0.005:
        found.add("subtotal_mismatch")
    if None not in (sub, tax, total) and abs(sub + tax - total) > 0.005:
        found.add("total_mismatch")
    if v(f["deliveryDate"]) and v(f["orderDate"]) and v(f["deliveryDate"]) < v(f["orderDate"]):
        found.add("delivery_before_order")
    return found


def quality_problems(t):
    found = set()
    rows = t["measurements"]
    for m in rows:
        vals = v(m["values"])
        if not vals:
            continue
        lo, hi = v(m["lowerLimit"]), v(m["upperLimit"])
        inside = all((lo is None or x >= lo - 1e-9) and (hi is None or x <= hi + 1e-9) for x in vals)
        if inside != (v(m["result"]) == "pass"):
            found.add("result_disagrees_with_values")
    all_pass = all(v(m["result"]) == "pass" for m in rows)
    if all_pass != (v(t["fields"]["overallResult"]) == "pass"):
        found.add("overall_result_disagrees")
    return found


def main(argv):
    files = [f for a in argv for f in sorted(Path(a).glob("*.truth.json"))]
    bad = 0
    for path in files:
        t = json.loads(path.read_text(encoding="utf-8"))
        listed = {p["code"] for p in t["problems"]}
        if t["documentType"] == "order":
            found = order_problems(t)
        elif t["documentType"] == "quality_record":
            found = quality_problems(t)
        else:
            found = set()
        if found != listed:
            bad += 1
            print(f"{path}: listed {sorted(listed)} but the values imply {sorted(found)}")
    print(f"{len(files)} truth files, {bad} inconsistent")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
