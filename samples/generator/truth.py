"""Truth files: the contract's shape (shared/contract/extracted-document.md), describing what is printed."""
import re

ORDER_FIELDS = ["orderNumber", "orderDate", "buyerName", "buyerPhone", "buyerFax", "supplierName", "deliveryDate",
                "deliveryLocation", "subtotal", "tax", "total", "currency", "notes"]
LINE_FIELDS = ["lineNo", "partNumber", "description", "quantity", "unit", "unitPrice", "amount", "deliveryDate"]
QR_FIELDS = ["reportNumber", "partNumber", "partName", "lotNumber", "quantity", "inspectionDate", "inspector",
             "supplierName", "customerName", "overallResult"]
MEAS_FIELDS = ["item", "unit", "nominal", "lowerLimit", "upperLimit", "values", "result"]


def _field(p, spec_text=None):
    text = p.text
    if isinstance(text, list):
        text = " ".join(t for t in text if t) or None
    if text is None and spec_text is not None and p.value is not None:
        text = spec_text
    printed = text is not None
    return {"value": p.value, "text": text, "confidence": 1.0, "needsReview": False, "reasons": [],
            "page": p.page if printed else None, "box": None}


def build(doc, file_name, sender_fax, page_sizes, text_source, upside_down, delivery_info):
    t = {
        "schemaVersion": 1,
        "documentType": doc.contract_type,
        "language": doc.lang,
        "source": {"fileName": file_name, "channel": "cli", "senderFax": sender_fax},
        "pages": [{"number": i + 1, "width": w, "height": h, "rotation": 180 if upside_down else 0,
                   "textSource": text_source} for i, (w, h) in enumerate(page_sizes)],
        "fields": {}, "lines": [], "measurements": [], "problems": [],
    }
    if doc.contract_type == "order":
        t["fields"] = {k: _field(doc.fields[k]) for k in ORDER_FIELDS}
        t["lines"] = [{k: _field(r[k]) for k in LINE_FIELDS} for r in doc.rows]
    elif doc.contract_type == "quality_record":
        t["fields"] = {k: _field(doc.fields[k]) for k in QR_FIELDS}
        t["measurements"] = [{k: _field(r[k], r["_spec"] if k in ("nominal", "lowerLimit", "upperLimit") else None)
                              for k in MEAS_FIELDS} for r in doc.rows]
    for prob in doc.problems:
        t["problems"].append(dict(prob))
        for name in prob["fields"]:
            f = _lookup(t, name)
            f["needsReview"] = True
            f["reasons"].append("failed_check:" + prob["code"])
    t["delivery"] = delivery_info
    t["generator"] = {"kind": doc.kind, "title": doc.title, "masterData": doc.master}
    return t


def _lookup(t, name):
    m = re.fullmatch(r"(lines|measurements)\[(\d+)\]\.(\w+)", name)
    if m:
        return t[m.group(1)][int(m.group(2))][m.group(3)]
    return t["fields"][name]
