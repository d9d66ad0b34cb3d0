"""Document content: what is printed and what the truth says about it.

Every printed value is a P(text, value): `text` exactly as printed (None when not printed) and `value`
in the contract's format. Deliberate errors change the printed numbers and add a problem entry.
"""
import datetime as dt
from dataclasses import dataclass, field

import catalog as C
import values as V


@dataclass
class P:
    text: object          # as printed; None when not printed
    value: object         # contract value
    page: int = 1


def absent():
    return P(None, None, None)


@dataclass
class Doc:
    kind: str                       # order | quality_record | ack | quote | invoice
    lang: str
    title: str
    labels: dict
    fields: dict                    # contract field name -> P (orders and quality records)
    rows: list = field(default_factory=list)   # lines or measurements: list of dict name -> P
    extra: dict = field(default_factory=dict)  # printed-only details for the layout
    problems: list = field(default_factory=list)
    master: dict = field(default_factory=dict)

    @property
    def contract_type(self):
        return self.kind if self.kind in ("order", "quality_record") else "unknown"


def _weekday_on_or_after(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def _pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def _company_text(rng, company):
    if C.is_english_name(company.name):
        return company.name
    return _pick(rng, V.company_variants(company.name))


def _order_number(rng, d):
    y, m = d.year % 100, d.month
    return _pick(rng, [
        f"PO-{y:02d}-{rng.randint(1, 9999):04d}",
        f"{y:02d}{m:02d}{rng.randint(1, 999):03d}",
        f"A-{y:02d}{m:02d}-{rng.randint(1, 9999):04d}",
        f"{rng.randint(100000, 9999999):07d}",
        f"HN{y:02d}{m:02d}-{rng.randint(1, 999):03d}",
        f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}",
    ])


def _quantity(rng, unit):
    if unit in ("個", "本"):
        return _pick(rng, [10, 20, 24, 30, 36, 48, 50, 60, 100, 120, 150, 200, 240, 300, 500, 1000, 1200, 2000])
    if unit == "枚":
        return _pick(rng, [5, 10, 12, 20, 25, 40, 50, 100])
    if unit == "式":
        return _pick(rng, [1, 1, 2])
    if unit == "kg":
        return _pick(rng, [10, 25, 50, 100, 150, 200, 500])
    if unit == "m":
        return _pick(rng, [4, 6, 10, 12, 20, 30, 50])
    return _pick(rng, [1, 2, 3, 5, 10, 20])


def _unit_en(unit):
    return {"個": "pcs", "本": "pcs", "枚": "pcs", "式": "set", "セット": "set", "kg": "kg", "m": "m"}[unit]


ORDER_LABELS_JA = {
    "number": ["注文番号", "発注番号", "注文No.", "伝票番号"],
    "date": ["注文日", "発注日", "発行日"],
    "delivery": ["納期", "納入日", "希望納期"],
    "location": ["納入場所", "納品先"],
    "total": ["合計金額", "総合計", "御注文金額"],
    "subtotal": ["小計", "合計(税抜)"],
    "tax": ["消費税", "消費税(10%)"],
    "part": ["品番", "型番"],
    "desc": ["品名", "品目", "品名・仕様"],
    "tel": ["TEL", "TEL.", "Tel", "電話", "℡"],
    "fax": ["FAX", "FAX.", "Fax", "ＦＡＸ"],
}
ORDER_LABELS_EN = {
    "number": ["PO No.", "Order No.", "P.O. Number"],
    "date": ["Date", "Order Date", "Issue Date"],
    "delivery": ["Delivery Date", "Required Date", "Delivery"],
    "location": ["Ship To", "Deliver To"],
    "total": ["Total", "Total Amount", "Grand Total"],
    "subtotal": ["Subtotal", "Sub Total"],
    "tax": ["Tax (10%)", "Consumption Tax"],
    "part": ["Part No.", "Item No."],
    "desc": ["Description"],
    "tel": ["Tel", "TEL", "Phone"],
    "fax": ["Fax", "FAX"],
}
UNKNOWN_TITLES = {"ack": ["注文請書", "注 文 請 書"], "quote": ["御見積書", "見積書"], "invoice": ["御請求書", "請求書"]}
ORDER_TITLES = {"ja": ["注文書", "発注書", "御注文書", "注 文 書"], "en": ["PURCHASE ORDER", "Purchase Order"]}
LOCATIONS_JA = ["弊社本社工場", "当社第二工場 資材受入", "弊社 安城工場", "貴社持込", "本社倉庫", "指定場所"]
LOCATIONS_EN = ["Our plant (receiving dock 2)", "Main warehouse", "As per separate instruction"]
NOTES_JA = ["納品書2部添付のこと", "検査成績書を添付してください", "分納不可", "梱包は通い箱にて納入のこと",
            "図面Rev.Cにて製作のこと"]
NOTES_EN = ["Please attach the inspection report.", "Partial shipment not allowed.",
            "Quote the PO number on all documents."]
PAYMENT_JA = ["月末締め翌月末払い", "月末締め翌々月10日払い", "従来通り"]


def build_order(rng, cat, plan):
    """plan: dict(layout, lang, error, kind) from the split planner."""
    kind, lang, error = plan["kind"], plan["lang"], plan.get("error")
    labels_src = ORDER_LABELS_EN if lang == "en" else ORDER_LABELS_JA
    labels = {k: _pick(rng, v) for k, v in labels_src.items()}
    if kind == "order":
        title = _pick(rng, ORDER_TITLES[lang])
        if plan["layout"] == "order-form":
            title = "御注文書"
    else:
        title = _pick(rng, UNKNOWN_TITLES[kind])
        labels.update({"quote": {"number": "見積番号", "date": "見積日", "total": "御見積金額"},
                       "invoice": {"number": "請求番号", "date": "請求日", "total": "御請求金額",
                                   "delivery": "お支払期限"},
                       "ack": {"date": "発行日", "total": "御注文金額"}}[kind])

    # buyer (the sender of the order)
    en_buyers = [b for b in cat.buyers if C.is_english_name(b.name)]
    ja_buyers = [b for b in cat.buyers if not C.is_english_name(b.name)]
    unknown = [b for b in cat.unknown_buyers if C.is_english_name(b.name) == (lang == "en")]
    if rng.random() < 0.15 and unknown:
        buyer = _pick(rng, unknown)
    else:
        buyer = _pick(rng, en_buyers if lang == "en" else ja_buyers)
    if error == "total_mismatch" and buyer.country != "JP":  # needs a printed subtotal and tax
        buyer = _pick(rng, [b for b in cat.buyers if b.country == "JP" and C.is_english_name(b.name) == (lang == "en")])
    currency = "USD" if buyer.country == "US" else "JPY"

    order_date = _weekday_on_or_after(dt.date(2026, 1, 6) + dt.timedelta(days=rng.randrange(350)))
    delivery_date = _weekday_on_or_after(order_date + dt.timedelta(days=rng.randint(7, 45)))
    if error == "delivery_before_order":
        delivery_date = order_date - dt.timedelta(days=rng.randint(2, 25))
    date_style = _pick(rng, V.DATE_STYLES_EN if lang == "en" else V.DATE_STYLES_JA)
    if currency == "USD" and date_style == "dmy":
        date_style = "us"

    f = {}
    number = _order_number(rng, order_date)
    f["orderNumber"] = P(number, V.norm(number))
    f["orderDate"] = P(V.fmt_date(order_date, date_style), order_date.isoformat())
    f["deliveryDate"] = P(V.fmt_date(delivery_date, date_style), delivery_date.isoformat())

    buyer_text = _company_text(rng, buyer)
    tel_text = _pick(rng, V.phone_variants(buyer.tel, buyer.country, ascii_only=lang == "en"))
    fax_text = _pick(rng, V.phone_variants(buyer.fax, buyer.country, ascii_only=lang == "en")) if rng.random() < 0.9 else None
    f["buyerName"] = P(buyer_text, V.norm(buyer_text))
    f["buyerPhone"] = P(tel_text, buyer.tel)
    f["buyerFax"] = P(fax_text, buyer.fax if fax_text else None)

    our = C.OUR_NAME_EN if lang == "en" else _pick(rng, V.company_variants(C.OUR_COMPANY.name))
    honor = "" if lang == "en" else _pick(rng, [" 御中", "　御中", "御中"])
    f["supplierName"] = P(our + honor, V.norm(our))

    if rng.random() < 0.75:
        loc = _pick(rng, LOCATIONS_EN if lang == "en" else LOCATIONS_JA)
        f["deliveryLocation"] = P(loc, V.norm(loc))
    else:
        f["deliveryLocation"] = absent()
    if rng.random() < 0.5:
        note = _pick(rng, NOTES_EN if lang == "en" else NOTES_JA)
        f["notes"] = P(note, V.norm(note))
    else:
        f["notes"] = absent()

    # lines
    n = rng.choice([1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8])
    if plan.get("two_page"):
        n = max(n, 6)
    has_unit = plan["layout"] in ("order-classic", "order-form", "po-en") and rng.random() < 0.85
    has_line_date = plan["layout"] in ("order-table", "order-form") or (plan["layout"] == "po-en" and rng.random() < 0.5)
    line_date_style = date_style
    if has_line_date and lang == "ja" and rng.random() < 0.4:
        line_date_style = _pick(rng, V.LINE_DATE_STYLES)
    rows, parts_not_in_master, used = [], [], set()
    for i in range(n):
        while True:
            part = _pick(rng, cat.unknown_parts) if rng.random() < 0.1 else _pick(rng, cat.parts)
            if part.number not in used:
                break
        used.add(part.number)
        if not part.in_master:
            parts_not_in_master.append(part.number)
        qty = _quantity(rng, part.unit)
        if currency == "USD":
            price = round(part.price / 150 + 0.005, 2)
            cents = round(price * 100) * qty
            amount = cents / 100
        else:
            price = part.price if rng.random() < 0.8 else round(part.price * rng.uniform(0.9, 1.1))
            if not float(price * qty).is_integer():
                qty += 1
            amount = int(round(price * qty))
        unit_text = (_unit_en(part.unit) if lang == "en" else part.unit) if has_unit else None
        desc = part.name_en if lang == "en" else part.name
        line_date = delivery_date if rng.random() < 0.6 else _weekday_on_or_after(
            order_date + dt.timedelta(days=rng.randint(7, 60)))
        if error == "delivery_before_order":
            line_date = delivery_date
        row = {
            "lineNo": P(str(i + 1), i + 1),
            "partNumber": P(part.number, part.number),
            "description": P(desc, V.norm(desc)),
            "quantity": P(V.fmt_qty(qty), qty),
            "unit": P(unit_text, unit_text),
            "unitPrice": P(V.fmt_price(price, currency), price if currency == "USD" else _num(price)),
            "amount": P(None, amount),
            "deliveryDate": P(V.fmt_date(line_date, line_date_style), line_date.isoformat()) if has_line_date else absent(),
        }
        row["_drawing"] = f"D{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        rows.append(row)

    problems = []
    if error == "line_amount_mismatch":
        i = rng.randrange(n)
        a = rows[i]["amount"].value
        wrong = _pick(rng, [a * 10, a + (rows[i]["unitPrice"].value or 1) * rng.randint(1, 5), _swap_digits(a), a - 100])
        if wrong == a or wrong <= 0:
            wrong = a + 1000
        rows[i]["amount"].value = round(wrong, 2) if currency == "USD" else int(wrong)
        problems.append(("line_amount_mismatch", [f"lines[{i}].quantity", f"lines[{i}].unitPrice", f"lines[{i}].amount"],
                         f"line {i + 1}: quantity x unit price != printed amount"))
    for row in rows:
        row["amount"].text = V.fmt_money(row["amount"].value, "plain", currency)

    line_sum = sum(r["amount"].value for r in rows)
    line_sum = round(line_sum, 2) if currency == "USD" else int(line_sum)
    totals_style = plan.get("totals") or _pick(rng, ["full", "full", "total_only", "headline"])
    if currency == "USD":  # no Japanese consumption tax on an export order
        totals_style = "total_only"
    if error == "total_mismatch" and totals_style == "total_only":
        totals_style = "full" if currency == "JPY" else totals_style
    if plan["layout"] == "order-form":
        totals_style = "headline"
    subtotal = line_sum
    if error == "subtotal_mismatch":
        delta = _pick(rng, [1000, 10000, -1000, 500, 100000]) if currency == "JPY" else _pick(rng, [10.0, 100.0, -1.0])
        subtotal = line_sum + delta
        if subtotal <= 0:
            subtotal = line_sum + abs(delta)
    tax_rate = 0 if currency == "USD" else 0.10
    tax = int(subtotal * tax_rate) if currency == "JPY" else 0
    if totals_style == "total_only":
        total = subtotal
        f["subtotal"], f["tax"] = absent(), absent()
    else:
        total = subtotal + tax
        if error == "total_mismatch":
            total = _pick(rng, [subtotal + int(subtotal * 0.08), total + 1000, total - 10000 if total > 20000 else total + 10000,
                                _swap_digits(total)])
            if total == subtotal + tax:
                total += 1000
        f["subtotal"] = P(None, subtotal)
        f["tax"] = P(None, tax)
    money_style = _pick(rng, ["usd", "usd_code"]) if currency == "USD" else _pick(
        rng, ["jpy", "yen"] if lang == "en" else ["yen", "yen", "en", "yen_dash", "yen_fw", "fw_en"])
    f["total"] = P(V.fmt_money(total, money_style, currency), total)
    for k in ("subtotal", "tax"):
        if f[k].value is not None:
            st = money_style if money_style not in ("yen_dash", "fw_en") else "yen"
            f[k].text = V.fmt_money(f[k].value, st, currency)
    f["currency"] = P("USD" if currency == "USD" else None, currency)
    if error == "subtotal_mismatch":
        problems.append(("subtotal_mismatch", ["subtotal" if totals_style != "total_only" else "total"],
                         "sum of line amounts != printed subtotal"))
    if error == "total_mismatch":
        problems.append(("total_mismatch", ["subtotal", "tax", "total"], "subtotal + tax != printed total"))
    if error == "delivery_before_order":
        problems.append(("delivery_before_order", ["orderDate", "deliveryDate"], "delivery date is before the order date"))

    extra = {
        "buyer": buyer, "postal": buyer.postal, "address": buyer.address,
        "person": _pick(rng, C.PERSONS_EN if lang == "en" else C.PERSONS),
        "payment": None if lang == "en" else _pick(rng, PAYMENT_JA),
        "has_unit": has_unit, "has_line_date": has_line_date, "totals": totals_style,
        "currency": currency, "money_style": money_style, "seal": rng.random() < 0.7,
        "yohaku": lang == "ja" and rng.random() < 0.6, "two_page": bool(plan.get("two_page")),
        "sender_fax": buyer.fax, "sender_ascii": buyer.ascii_name, "sender_country": buyer.country,
        "doc_date": order_date,
    }
    doc = Doc(kind, lang, title, labels, f, rows, extra,
              [{"code": c, "fields": fl, "message": m} for c, fl, m in problems],
              {"buyerInMaster": buyer.in_master, "partsNotInMaster": parts_not_in_master})
    if kind != "order":
        _turn_into_non_order(rng, doc)
    return doc


def _turn_into_non_order(rng, doc):
    """Acknowledgements go from us to the customer; quotes and invoices come from a vendor to us."""
    if doc.kind == "ack":
        issuer, addressee = C.OUR_COMPANY, doc.extra["buyer"]
    else:
        issuer, addressee = _pick(rng, C.QR_SUPPLIERS), C.OUR_COMPANY
    doc.fields["supplierName"] = P(_company_text(rng, addressee) + " 御中", None)
    doc.fields["buyerName"] = P(_company_text(rng, issuer), None)
    doc.fields["buyerPhone"] = P(_pick(rng, V.phone_variants(issuer.tel)), None)
    doc.fields["buyerFax"] = P(_pick(rng, V.phone_variants(issuer.fax)), None)
    doc.extra.update({"postal": issuer.postal, "address": issuer.address, "sender_fax": issuer.fax,
                      "sender_ascii": issuer.ascii_name, "sender_country": "JP"})
    doc.problems = []
    doc.master = {}
    doc.fields["notes"] = P({"invoice": "お振込先: 三河信用金庫 刈谷支店 普通 1234567",
                             "quote": "見積有効期限: 発行日より30日",
                             "ack": "下記の通り御注文をお請け致します。"}[doc.kind], None)


def _num(v):
    return int(v) if float(v).is_integer() else v


def _swap_digits(a):
    s = str(int(a))
    if len(s) < 3:
        return a + 10
    i = len(s) - 3
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return int(t) if int(t) != a else a + 100


QR_TITLES = {"qr-grid": ["検査成績書", "出荷検査成績表", "検 査 成 績 書"], "qr-list": ["品質記録", "出荷検査成績表", "検査成績表"],
             "qr-en": ["INSPECTION REPORT", "Final Inspection Report"]}
RESULT_WORDS_JA = [("合", "否"), ("OK", "NG"), ("○", "×"), ("良", "不良")]
RESULT_WORDS_EN = [("OK", "NG"), ("PASS", "FAIL")]
VISUAL_SPECS_JA = ["傷・打痕なきこと", "有害な傷なきこと", "バリ・カエリなきこと", "錆なきこと"]
VISUAL_SPECS_EN = ["No scratches or dents", "No burrs", "No rust"]


def _spec_text(rng, item, kind, nominal, params, unit, dec, lang, unit_column):
    """Printed 規格 and the limits it gives (nominal, lower, upper)."""
    diam = "径" in item[0]
    nom = f"{nominal:.{dec}f}" if nominal is not None else None
    with_unit = "" if unit_column or unit in (None, "mm") else f" {unit}"
    if kind == "pm":
        tol = params[0]
        t = f"{tol:.{dec}f}".rstrip("0").rstrip(".") if dec > 2 else f"{tol:.{dec}f}"
        sep = _pick(rng, [" ±", "±"])
        text = ("φ" if diam and rng.random() < 0.7 else "") + f"{nom}{sep}{t}{with_unit}"
        return text, nominal, round(nominal - tol, 6), round(nominal + tol, 6)
    if kind == "asym":
        up, lo = params

        def s(v):
            return "0" if v == 0 else f"{v:+.{dec}f}".rstrip("0").rstrip(".")
        ups, los = s(up), s(lo)
        if up == 0:
            ups = "+0"
        if lo == 0:
            los = "-0"
        text = _pick(rng, [f"{nom} {ups}/{los}", f"{nom} ({ups}/{los})"]) + with_unit
        return text, nominal, round(nominal + lo, 6), round(nominal + up, 6)
    if kind == "range":
        lo, hi = params
        wave = "～" if lang == "ja" else "~"
        if lang == "ja" and rng.random() < 0.3:
            wave = "〜"
        text = f"{lo:.{dec}f}{wave}{hi:.{dec}f}" if dec else f"{lo}{wave}{hi}"
        if unit in ("HRC", "HV", "HB") and not unit_column:
            text += f" {unit}"
        return text, None, float(lo), float(hi)
    if kind == "max":
        m = params[0]
        ms = f"{m}"
        prefix = "Ra " if item[0] == "表面粗さ" else ""
        if lang == "en":
            text = _pick(rng, [f"{prefix}≦ {ms}", f"max. {ms}", f"{prefix}{ms} max"])  # IPAex has no ≤
        else:
            text = _pick(rng, [f"{prefix}≦ {ms}", f"{prefix}≦{ms}", f"{ms}以下"])
        return text + with_unit, None, None, float(m)
    if kind == "min":
        m = params[0]
        if lang == "en":
            text = _pick(rng, [f"≧ {m}", f"min. {m}"])
        else:
            text = _pick(rng, [f"≧ {m}", f"{m}以上"])
        return text + with_unit, None, float(m), None
    return _pick(rng, VISUAL_SPECS_EN if lang == "en" else VISUAL_SPECS_JA), None, None, None


def _measure(rng, lo, hi, dec, out):
    """One measured value, inside [lo, hi] or (out) just outside."""
    step = 10 ** -dec
    if lo is None:
        if out:
            return round(hi + step * rng.randint(1, 4), dec)
        return round(rng.uniform(0.3 * hi, 0.85 * hi), dec)
    if hi is None:
        if out:
            return round(lo - step * rng.randint(1, 20) - (1.0 if dec <= 1 else 0), dec)
        return round(rng.uniform(lo * 1.04, lo * 1.2), dec)
    if out:
        if rng.random() < 0.5:
            return round(hi + step * rng.randint(1, 5), dec)
        return round(lo - step * rng.randint(1, 5), dec)
    centre, half = (lo + hi) / 2, (hi - lo) / 2
    while True:
        v = round(centre + rng.gauss(0, half * 0.35), dec)
        if lo + step * 0.5 <= v <= hi - step * 0.5 or (lo <= v <= hi and rng.random() < 0.2):
            return v


def build_quality(rng, cat, plan):
    lang, layout, error = plan["lang"], plan["layout"], plan.get("error")
    title = _pick(rng, QR_TITLES[layout])
    unit_column = layout in ("qr-grid", "qr-en") and rng.random() < 0.8
    supplier = _pick(rng, C.QR_SUPPLIERS_EN if lang == "en" else C.QR_SUPPLIERS)
    part = _pick(rng, cat.unknown_parts) if rng.random() < 0.12 else _pick(rng, cat.parts)
    insp_date = _weekday_on_or_after(dt.date(2026, 1, 6) + dt.timedelta(days=rng.randrange(350)))
    date_style = _pick(rng, V.DATE_STYLES_EN if lang == "en" else V.DATE_STYLES_JA)
    f = {}
    if rng.random() < 0.6:
        no = _pick(rng, [f"QC-{insp_date:%y%m}-{rng.randint(1, 999):04d}", f"S-{rng.randint(1000, 99999)}",
                         f"KS{insp_date:%y%m%d}-{rng.randint(1, 9):02d}"])
        f["reportNumber"] = P(no, V.norm(no))
    else:
        f["reportNumber"] = absent()
    f["partNumber"] = P(part.number, part.number)
    pname = part.name_en if lang == "en" else part.name
    f["partName"] = P(pname, V.norm(pname))
    lot = _pick(rng, [f"L{insp_date:%y%m}-{rng.randint(1, 40):02d}", f"{insp_date:%y%m%d}-{_pick(rng, 'ABC')}",
                      f"K-{rng.randint(1000, 9999)}", f"{insp_date:%y%m%d}{rng.randint(1, 9)}"])
    f["lotNumber"] = P(lot, lot)
    qty = _quantity(rng, part.unit if part.unit in ("個", "本", "枚") else "個")
    f["quantity"] = P(V.fmt_qty(qty), qty) if rng.random() < 0.85 else absent()
    f["inspectionDate"] = P(V.fmt_date(insp_date, date_style), insp_date.isoformat())
    insp = _pick(rng, C.INSPECTORS_EN if lang == "en" else C.INSPECTORS)
    f["inspector"] = P(insp, insp) if rng.random() < 0.85 else absent()
    sup_text = _company_text(rng, supplier)
    f["supplierName"] = P(sup_text, V.norm(sup_text))
    if rng.random() < 0.8:
        cust = C.OUR_NAME_EN if lang == "en" else _pick(rng, V.company_variants(C.OUR_COMPANY.name))
        honor = "" if lang == "en" else _pick(rng, [" 御中", "　御中"])
        f["customerName"] = P(cust + honor, V.norm(cust))
    else:
        f["customerName"] = absent()

    pool = list(C.INSPECTION_ITEMS[part.family])
    numeric = [it for it in pool if it[2] != "visual"]
    visual = [it for it in pool if it[2] == "visual"]
    n_rows = rng.randint(3, 8)
    chosen = numeric[:]
    rng.shuffle(chosen)
    extras = [e for e in C.EXTRA_ITEMS if e[0] not in [c[0] for c in chosen]]
    rng.shuffle(extras)
    chosen = (chosen + extras)[: n_rows - (1 if visual else 0)]
    chosen.sort(key=lambda it: pool.index(it) if it in pool else 99)
    items = chosen + visual[:1]
    n_vals = _pick(rng, [3, 5, 5]) if layout != "qr-list" else 3
    pass_w, fail_w = _pick(rng, RESULT_WORDS_EN if lang == "en" else RESULT_WORDS_JA)
    numeric_idx = [i for i, it in enumerate(items) if it[2] != "visual"]
    bad_row = rng.choice(numeric_idx) if error in ("genuine_fail", "result_disagrees_with_values") else None
    rows = []
    for i, it in enumerate(items):
        name = it[1] if lang == "en" else it[0]
        spec, nominal, lo, hi = _spec_text(rng, it, it[2], it[3], it[4], it[5], it[6], lang, unit_column)
        dec = it[6]
        if it[2] == "visual":
            vals, vtexts = None, [""] * n_vals
            if rng.random() < 0.4:
                vtexts = [pass_w] * n_vals
        else:
            vals = []
            out_at = rng.randrange(n_vals) if i == bad_row else -1
            for k in range(n_vals):
                vals.append(_measure(rng, lo, hi, dec, k == out_at))
            vtexts = [f"{v:.{dec}f}" for v in vals]
            vals = [float(t) if dec else int(t) for t in vtexts]
        ok = i != bad_row or error == "result_disagrees_with_values"
        rtext = pass_w if ok else fail_w
        # without a unit column only units other than mm are printed (inside the spec: "58～62 HRC", "Ra ≦ 1.6 μm")
        unit_printed = it[5] if unit_column or it[5] not in (None, "mm") else None
        rows.append({
            "item": P(name, V.norm(name)),
            "unit": P(it[5] if unit_column else None, V.norm(unit_printed) if unit_printed else None),
            "nominal": P(None, _num(nominal) if nominal is not None else None),
            "lowerLimit": P(None, _num(lo) if lo is not None else None),
            "upperLimit": P(None, _num(hi) if hi is not None else None),
            "values": P(vtexts, vals),
            "result": P(rtext, "pass" if ok else "fail"),
            "_spec": spec,
        })
    overall_pass = all(r["result"].value == "pass" for r in rows)
    problems = []
    if error == "result_disagrees_with_values":
        problems.append({"code": "result_disagrees_with_values",
                         "fields": [f"measurements[{bad_row}].values", f"measurements[{bad_row}].result"],
                         "message": f"row {bad_row + 1}: a value is out of tolerance but the row says pass"})
    if error == "overall_result_disagrees":
        overall_pass = not overall_pass
        problems.append({"code": "overall_result_disagrees", "fields": ["overallResult"],
                         "message": "overall result disagrees with the row results"})
    if lang == "en":
        ow = ("PASS", "FAIL") if rng.random() < 0.6 else ("OK", "NG")
    else:
        ow = ("合格", "不合格")
    f["overallResult"] = P(ow[0] if overall_pass else ow[1], "pass" if overall_pass else "fail")

    labels = _qr_labels(rng, lang)
    sender = supplier
    extra = {
        "supplier": supplier, "postal": supplier.postal, "address": supplier.address,
        "tel": _pick(rng, V.phone_variants(supplier.tel, ascii_only=lang == "en")),
        "fax": _pick(rng, V.phone_variants(supplier.fax, ascii_only=lang == "en")),
        "drawing": f"D{rng.randint(10, 99)}-{rng.randint(1000, 9999)}" if rng.random() < 0.6 else None,
        "sample": n_vals, "n_vals": n_vals, "unit_column": unit_column,
        "stamps": [_pick(rng, C.PERSONS) for _ in range(3)], "instrument": rng.random() < 0.5,
        "sender_fax": sender.fax, "sender_ascii": sender.ascii_name, "sender_country": "JP",
        "doc_date": insp_date, "two_page": False,
    }
    return Doc("quality_record", lang, title, labels, f, rows, extra, problems,
               {"partInMaster": part.in_master})


def _qr_labels(rng, lang):
    if lang == "en":
        return {"report": "Report No.", "part": "Part No.", "name": "Part Name", "drawing": "Drawing No.",
                "lot": _pick(rng, ["Lot No.", "Lot Number"]), "qty": _pick(rng, ["Quantity", "Q'ty"]),
                "sample": "Sample Size", "date": _pick(rng, ["Inspection Date", "Date of Inspection"]),
                "inspector": _pick(rng, ["Inspector", "Inspected by"]), "item": "Item", "spec": "Specification",
                "unit": "Unit", "result": "Result", "overall": _pick(rng, ["Overall Result", "Judgement"]),
                "customer": "Customer", "instrument": "Gauge"}
    return {"report": _pick(rng, ["成績書番号", "No."]), "part": _pick(rng, ["品番", "部品番号"]),
            "name": "品名", "drawing": "図番", "lot": _pick(rng, ["ロットNo.", "製造番号", "ロット番号"]),
            "qty": _pick(rng, ["数量", "出荷数", "納入数"]), "sample": _pick(rng, ["抜取数", "n数"]),
            "date": _pick(rng, ["検査日", "検査年月日"]), "inspector": _pick(rng, ["検査者", "検査員"]),
            "item": "検査項目", "spec": _pick(rng, ["規格", "規格値"]), "unit": "単位",
            "result": "判定", "overall": _pick(rng, ["総合判定", "判定"]), "customer": "", "instrument": "測定器"}
