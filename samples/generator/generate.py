#!/usr/bin/python3
"""Synthetic sample generator for DocIntake: Japanese/English fax orders and quality records with truth files.

Usage: /usr/bin/python3 samples/generator/generate.py --seed 1 --count 24 --out samples/generated [--split tune|holdout]
Without --split both splits are generated. Files go to OUT/<split>/, or to OUT itself when its last
component is the split's name (--out samples/generated/tune --split tune). Same seed, same bytes.
"""
import argparse
import csv
import json
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalog  # noqa: E402
import delivery  # noqa: E402
import docs  # noqa: E402
import layouts  # noqa: E402
import render  # noqa: E402
import truth  # noqa: E402

SPLITS = ("tune", "holdout")
TYPE_CYCLE = ["order", "quality_record", "order", "order", "quality_record", "order", "unknown", "quality_record"]
UNKNOWN_CYCLE = ["ack", "quote", "invoice"]
ORDER_LAYOUTS = ["order-classic", "order-table", "order-form", "po-en"]
QR_LAYOUTS = ["qr-grid", "qr-list", "qr-en"]
ORDER_ERRORS = [None, "line_amount_mismatch", None, "total_mismatch", None, "delivery_before_order", None,
                "subtotal_mismatch", None]
QR_ERRORS = [None, "result_disagrees_with_values", None, "genuine_fail", "overall_result_disagrees"]
FONTS = ["IPAexGothic", "NotoSansCJK", "IPAexMincho", "NotoSerifCJK"]
PDF_FONT_FOR = {"NotoSansCJK": "IPAexGothic", "NotoSerifCJK": "IPAexMincho"}


def plan_split(seed, split, count):
    """Spread types, layouts, errors, forms and fonts evenly over the documents of a split."""
    prng = random.Random(f"{seed}/{split}/plan")
    off = {k: prng.randrange(100) for k in ("type", "form", "ol", "ql", "oe", "qe", "font", "unk")}
    plans, n_order, n_qr, n_unk = [], 0, 0, 0
    for i in range(count):
        t = TYPE_CYCLE[(i + off["type"]) % len(TYPE_CYCLE)]
        form = delivery.FORMS[(i + off["form"]) % len(delivery.FORMS)]
        p = {"index": i, "type": t, "form": form}
        if t == "order":
            p["layout"] = ORDER_LAYOUTS[(n_order + off["ol"]) % len(ORDER_LAYOUTS)]
            p["error"] = ORDER_ERRORS[(n_order + off["oe"]) % len(ORDER_ERRORS)]
            p["two_page"] = n_order % 5 == 2
            p["kind"] = "order"
            # shift the font each round of layouts so that every layout meets every font
            font_k = n_order + n_order // len(ORDER_LAYOUTS)
            n_order += 1
        elif t == "quality_record":
            p["layout"] = QR_LAYOUTS[(n_qr + off["ql"]) % len(QR_LAYOUTS)]
            p["error"] = QR_ERRORS[(n_qr + off["qe"]) % len(QR_ERRORS)]
            font_k = n_qr
            n_qr += 1
        else:
            p["kind"] = UNKNOWN_CYCLE[(n_unk + off["unk"]) % len(UNKNOWN_CYCLE)]
            p["layout"] = ["order-classic", "order-table"][n_unk % 2]
            p["error"] = None
            font_k = n_unk
            n_unk += 1
        font = FONTS[(font_k + off["font"]) % len(FONTS)]
        p["font"] = PDF_FONT_FOR.get(font, font) if form == "text_pdf" else font
        p["lang"] = "en" if p["layout"] in ("po-en", "qr-en") else "ja"
        # variants within a form, cycled so that each shows up in a small split
        k = sum(1 for q in plans if q["form"] == form)
        p["image_pdf_kind"] = ["fax", "jpeg", "fax"][k % 3]
        p["g3_2d"] = k % 3 == 1
        p["lsb"] = k % 3 == 2
        plans.append(p)
    # about one page in twelve arrives upside down: pick whole fax documents
    fax_docs = [p for p in plans if p["form"] in ("g3", "g4") or (p["form"] == "image_pdf" and p["image_pdf_kind"] == "fax")]
    n_flip = max(1, round(count / 12)) if fax_docs else 0
    for p in prng.sample(fax_docs, min(n_flip, len(fax_docs))):
        p["upside_down"] = True
    return plans


def build_doc(rng, cat, plan):
    if plan["type"] == "quality_record":
        return docs.build_quality(rng, cat, plan)
    return docs.build_order(rng, cat, plan)


def generate_one(job):
    seed, split, plan, out_dir = job
    rng = random.Random(f"{seed}/{split}/{plan['index']}")
    cat = catalog.load_catalog()
    doc = build_doc(rng, cat, plan)
    pages = layouts.LAYOUTS[plan["layout"]](doc, plan["font"], rng)
    name = f"{split}-{plan['index'] + 1:03d}"
    form = plan["form"]
    upside = bool(plan.get("upside_down"))
    info = {"form": form, "layout": plan["layout"], "font": plan["font"], "upsideDown": upside}
    sender_fax = None
    page_sizes, text_source = [], "ocr"
    if form in ("g3", "g4") or (form == "image_pdf" and plan["image_pdf_kind"] == "fax"):
        fine = form != "g3"
        imgs, sender_fax, headers = delivery.fax_pages(pages, rng, doc, fine, upside)
        info["faxHeader"] = headers
        if form == "image_pdf":
            fname = f"{name}.pdf"
            tif = os.path.join(out_dir, f".{name}.tmp.tif")
            delivery.save_fax_tiff(imgs, tif, "g4", fine)
            delivery.tiff_to_pdf(tif, os.path.join(out_dir, fname))
            os.remove(tif)
            info.update({"encoding": "tiff2pdf-ccitt-g4", "dpi": [204, 196]})
        else:
            fname = f"{name}.tif"
            comp = "g4" if form == "g4" else ("g3-2d" if plan["g3_2d"] else "g3")
            delivery.save_fax_tiff(imgs, os.path.join(out_dir, fname), comp, fine, lsb=plan["lsb"] and form == "g3")
            info.update({"encoding": comp + ("-lsb" if plan["lsb"] and form == "g3" else ""),
                         "dpi": [204, 196 if fine else 98]})
        page_sizes = [im.size for im in imgs]
    elif form == "image_pdf":
        dpi = rng.choice([200, 300])
        imgs = delivery.scan_pages(pages, rng, dpi=dpi, skew=False)
        fname = f"{name}.pdf"
        delivery.save_image_pdf(imgs, os.path.join(out_dir, fname), dpi, quality=rng.choice([75, 85, 92]))
        info.update({"encoding": "pdf-jpeg-gray", "dpi": [dpi, dpi]})
        page_sizes = [im.size for im in imgs]
    elif form == "scan":
        imgs = delivery.scan_pages(pages, rng, dpi=300, skew=True)
        if len(imgs) == 1 and rng.random() < 0.6:
            fname = f"{name}.jpg"
            delivery.save_jpeg(imgs[0], os.path.join(out_dir, fname), 300, rng.choice([80, 88]))
            info["encoding"] = "jpeg-gray"
        else:
            fname = f"{name}.pdf"
            delivery.save_image_pdf(imgs, os.path.join(out_dir, fname), 300, quality=rng.choice([80, 88]))
            info["encoding"] = "pdf-jpeg-gray"
        info["dpi"] = [300, 300]
        page_sizes = [im.size for im in imgs]
    else:
        fname = f"{name}.pdf"
        with open(os.path.join(out_dir, fname), "wb") as f:
            f.write(render.to_pdf(pages, title=doc.title))
        info.update({"encoding": "pdf-text", "dpi": None})
        page_sizes = [(595, 842)] * len(pages)
        text_source = "pdf_text"
    t = truth.build(doc, fname, sender_fax, page_sizes, text_source, upside, info)
    with open(os.path.join(out_dir, f"{name}.truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")
    chars = "".join(p.chars() for p in pages)
    return {"file": fname, "documentType": doc.contract_type, "kind": doc.kind, "lang": doc.lang,
            "form": form, "layout": plan["layout"], "font": plan["font"], "pages": len(pages),
            "upsideDown": upside, "problems": " ".join(p["code"] for p in doc.problems), "_chars": chars}


def split_dir(out_root, split):
    """OUT/<split>, or OUT itself when it is already named after the split (scripts pass --out .../tune)."""
    return out_root if Path(out_root).name == split else os.path.join(out_root, split)


def run_split(seed, split, count, out_root, workers):
    out_dir = split_dir(out_root, split)
    os.makedirs(out_dir, exist_ok=True)
    for old in Path(out_dir).glob(f"{split}-*"):
        old.unlink()
    plans = plan_split(seed, split, count)
    jobs = [(seed, split, p, out_dir) for p in plans]
    if workers > 1:
        with ProcessPoolExecutor(workers) as ex:
            results = list(ex.map(generate_one, jobs))
    else:
        results = [generate_one(j) for j in jobs]
    with open(os.path.join(out_dir, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=[k for k in results[0] if not k.startswith("_")], extrasaction="ignore")
        w.writeheader()
        w.writerows(results)
    return results


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=24, help="documents per split (default 24)")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "generated"))
    ap.add_argument("--split", choices=SPLITS, help="only this split (default: both)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args(argv)
    t0 = time.time()
    for split in ([a.split] if a.split else SPLITS):
        res = run_split(a.seed, split, a.count, a.out, a.workers)
        n_pages = sum(r["pages"] for r in res)
        print(f"{split}: {len(res)} documents, {n_pages} pages -> {split_dir(a.out, split)}")
    print(f"done in {time.time() - t0:.1f} s")


if __name__ == "__main__":
    main()
