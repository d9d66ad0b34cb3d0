"""Page layouts: turn a Doc into display-list pages and record on which page each value is printed."""
from render import RED, Page, text_width

GRAY_FILL = (228, 228, 228)
LEFT, RIGHT = 15.0, 195.0


def _pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def _sep(rng, lang):
    return _pick(rng, [": ", " "] if lang == "en" else ["：", " ", "　", ": "])


def _mark(obj, page):
    """Record the page number of a P or of every P in a row dict."""
    if isinstance(obj, dict):
        for v in obj.values():
            if hasattr(v, "page") and v.text is not None:
                v.page = page
    elif obj is not None and obj.text is not None:
        obj.page = page


def table(page, x, y, cols, rows, row_h=7.5, header_h=7.0, size=9.0, header_fill=True, grid="full"):
    """cols: [(header, width, align)], rows: [[cell text]]; returns the y below the table."""
    total_w = sum(c[1] for c in cols)
    h = header_h + row_h * len(rows)
    if header_fill:
        page.rect(x, y, total_w, header_h, lw=0, fill=GRAY_FILL)
    page.rect(x, y, total_w, h, lw=0.35)
    page.line(x, y + header_h, x + total_w, y + header_h, 0.3)
    cx = x
    for i, (head, w, _align) in enumerate(cols):
        if i:
            page.line(cx, y, cx, y + h, 0.2)
        page.text(cx + w / 2, y + header_h * 0.7, head, size * 0.95, "c", max_w=w - 1.5)
        cx += w
    for r, cells in enumerate(rows):
        ry = y + header_h + r * row_h
        if r:
            page.line(x, ry, x + total_w, ry, 0.15 if grid == "thin" else 0.2)
        cx = x
        for (head, w, align), cell in zip(cols, cells):
            if cell:
                tx = {"l": cx + 1.2, "c": cx + w / 2, "r": cx + w - 1.2}[align]
                page.text(tx, ry + row_h * 0.7, cell, size, align, max_w=w - 2.2)
            cx += w
    return y + h


def seal_square(page, x, y, size, name):
    core = name.replace("株式会社", "").replace("有限会社", "").replace("(株)", "").replace("㈱", "")
    core = core.replace("（株）", "").replace("(有)", "").replace("㈲", "").strip()[:4]
    chars = list((core + "之印")[:6])
    page.rect(x, y, size, size, lw=0.7, color=RED)
    page.rect(x + 1, y + 1, size - 2, size - 2, lw=0.3, color=RED)
    cs = (size - 3) / 3
    for i, ch in enumerate(chars):
        col, row = divmod(i, 3)
        cx = x + size - 1.5 - cs * (col + 0.5) * 1.5
        page.text(cx, y + 1.5 + cs * (row + 0.82), ch, cs / 0.3528 * 0.95, "c", color=RED)


def seal_round(page, cx, cy, name):
    page.circle(cx, cy, 5.2, 0.5, RED)
    if len(name) == 1:
        page.text(cx, cy + 1.8, name, 12, "c", color=RED)
    else:
        page.text(cx, cy - 0.2, name[0], 9, "c", color=RED)
        page.text(cx, cy + 3.4, name[1], 9, "c", color=RED)


def stamp_boxes(page, x, y, labels, names, w=15.0, h=17.0):
    for i, (lab, nm) in enumerate(zip(labels, names)):
        bx = x + i * w
        page.rect(bx, y, w, h, 0.3)
        page.line(bx, y + 5, bx + w, y + 5, 0.2)
        page.text(bx + w / 2, y + 3.8, lab, 8, "c")
        if nm:
            seal_round(page, bx + w / 2, y + 11, nm)


# ---------------------------------------------------------------- orders

def _line_cols(doc, layout):
    ex, L, ja = doc.extra, doc.labels, doc.lang == "ja"
    cols = [("lineNo", "No." if ja or layout != "po-en" else "Item", 9, "c"),
            ("partNumber", L["part"], 30, "l")]
    if layout == "order-form":
        cols.append(("_drawing", "図番", 22, "l"))
    cols.append(("description", L["desc"], 0, "l"))
    cols.append(("quantity", "数量" if ja else "Qty", 15, "r"))
    if ex["has_unit"]:
        cols.append(("unit", "単位" if ja else "Unit", 10, "c"))
    cols.append(("unitPrice", "単価" if ja else "Unit Price", 19, "r"))
    cols.append(("amount", "金額" if ja else "Amount", 24, "r"))
    if ex["has_line_date"]:
        cols.append(("deliveryDate", "納期" if ja else "Delivery", 21, "c"))
    elif layout == "order-classic":
        cols.append(("_note", "備考", 16, "l"))
    used = sum(c[2] for c in cols)
    cols = [(k, h, w or (RIGHT - LEFT - used), a) for k, h, w, a in cols]
    return cols


def _line_table(doc, page, pno, y, lines, cols, n_rows, rng, tail_text=None):
    rows = []
    for ln in lines:
        cells = []
        for key, _h, _w, _a in cols:
            if key.startswith("_"):
                cells.append(ln.get(key) if key == "_drawing" and isinstance(ln.get(key), str) else "")
            else:
                cells.append(ln[key].text or "")
        rows.append(cells)
        _mark(ln, pno)
    desc_i = [c[0] for c in cols].index("description")
    if tail_text and len(rows) < n_rows:
        filler = [""] * len(cols)
        filler[desc_i] = tail_text
        rows.append(filler)
    while len(rows) < n_rows:
        rows.append([""] * len(cols))
    size = _pick(rng, [8.5, 9.0, 9.5])
    return table(page, LEFT, y, [(h, w, a) for _k, h, w, a in cols], rows, row_h=_pick(rng, [7.0, 7.5, 8.0]),
                 size=size, header_fill=rng.random() < 0.7)


def _totals_block(doc, page, pno, y, rng, x=132.0):
    f, L, ja = doc.fields, doc.labels, doc.lang == "ja"
    items = []
    if doc.extra["totals"] != "total_only":
        items.append((L["subtotal"], f["subtotal"]))
        items.append((L["tax"], f["tax"]))
        tl = L["total"] if not ja or L["total"] != "御注文金額" else "合計金額"
        items.append((tl + ("(税込)" if ja and rng.random() < 0.4 else ""), f["total"]))
    else:
        items.append((L["total"] + ("(税抜)" if ja and doc.extra["currency"] == "JPY" and rng.random() < 0.5 else ""),
                      f["total"]))
    lw, vw, h = 27.0, RIGHT - x - 27.0, 7.5
    for i, (lab, p) in enumerate(items):
        ry = y + i * h
        page.rect(x, ry, lw, h, 0.3)
        page.rect(x + lw, ry, vw, h, 0.3)
        page.text(x + lw / 2, ry + h * 0.7, lab, 9, "c", max_w=lw - 1.5)
        page.text(RIGHT - 1.5, ry + h * 0.72, p.text, 10.5 if i == len(items) - 1 else 9.5, "r", max_w=vw - 2)
        _mark(p, pno)
    return y + len(items) * h


def _buyer_block(doc, page, x, y, rng, size=9.0, seal=True, align="l"):
    f, ex, L = doc.fields, doc.extra, doc.labels
    name = f["buyerName"].text
    page.text(x, y, name, size + 3, align, bold=True, max_w=78)
    yy = y + 6
    if ex["postal"]:
        if doc.lang == "ja":
            page.text(x, yy, f"〒{ex['postal']}", size, align)
            yy += 4.6
        page.text(x, yy, ex["address"] + (f" {ex['postal']}" if doc.lang == "en" else ""), size, align, max_w=78)
        yy += 4.6
    tel = f"{L['tel']}{_sep(rng, doc.lang) if L['tel'] != '℡' else ''}{f['buyerPhone'].text}"
    fax = f"{L['fax']}{_sep(rng, doc.lang)}{f['buyerFax'].text}" if f["buyerFax"].text else ""
    if fax and rng.random() < 0.5:
        page.text(x, yy, f"{tel}  {fax}", size, align, max_w=78)
        yy += 4.6
    else:
        page.text(x, yy, tel, size, align)
        yy += 4.6
        if fax:
            page.text(x, yy, fax, size, align)
            yy += 4.6
    page.text(x, yy, ("担当" if doc.lang == "ja" else "Contact") + _sep(rng, doc.lang) + ex["person"], size, align)
    for k in ("buyerName", "buyerPhone", "buyerFax"):
        _mark(f[k], 1)
    if seal and ex["seal"] and doc.lang == "ja":
        w = min(text_width(name, size + 3, page.font), 78)
        seal_square(page, x + min(w + 3, 64), y - 11, 15, name)
    return yy + 3


def _labelled(page, x, y, label, value, rng, lang, size=9.5, underline=0.0, max_w=None):
    s = f"{label}{_sep(rng, lang)}{value}"
    page.text(x, y, s, size, max_w=max_w)
    if underline:
        page.line(x, y + 1.3, x + underline, y + 1.3, 0.25)


def _split_lines(doc, rng, first_cap):
    lines = doc.rows
    if doc.extra["two_page"] and len(lines) > 3:
        k = min(len(lines) - 2, max(3, first_cap))
        return [lines[:k], lines[k:]]
    return [lines]


def _continuation_header(doc, page, rng, pno, npages):
    f, L = doc.fields, doc.labels
    page.text(LEFT, 22, doc.title + ("（続き）" if doc.lang == "ja" else " (continued)"), 14)
    page.text(RIGHT, 22, f"{L['number']}{_sep(rng, doc.lang)}{f['orderNumber'].text}", 9.5, "r")
    page.text(RIGHT, 27, f"{pno}/{npages}", 9, "r")
    return 34.0


def _page_footer(page, pno, npages, doc):
    if npages > 1:
        page.text(105, 287, f"{pno}/{npages}" if doc.lang == "ja" else f"Page {pno} of {npages}", 8.5, "c")
        if pno < npages:
            page.text(RIGHT, 283, "次頁へ続く" if doc.lang == "ja" else "continued on next page", 8.5, "r")


def _notes(doc, page, pno, y, rng, w=112.0):
    f = doc.fields
    ja = doc.lang == "ja"
    h = 16.0
    page.rect(LEFT, y, w, h, 0.3)
    page.text(LEFT + 1.5, y + 4.5, "備考" if ja else "Remarks", 8.5)
    if f["notes"].text:
        page.text(LEFT + 3, y + 10.5, f["notes"].text, 9, max_w=w - 5)
        _mark(f["notes"], pno)
    return y + h


def _finish_order_pages(doc, rng, font, build_first, first_cap, layout):
    """Shared multi-page flow: first page via build_first, rest continuation pages."""
    chunks = _split_lines(doc, rng, first_cap)
    npages = len(chunks)
    pages = []
    cols = _line_cols(doc, layout)
    tail = "以下余白" if doc.extra["yohaku"] else None
    for pno, chunk in enumerate(chunks, 1):
        page = Page(font)
        last = pno == npages
        if pno == 1:
            y = build_first(page)
        else:
            y = _continuation_header(doc, page, rng, pno, npages)
        n_rows = max(len(chunk) + (1 if last and tail else 0), _pick(rng, [6, 8, 10]) if last else len(chunk))
        if layout == "order-form":
            n_rows = max(n_rows, 8 if last else 0)
        y = _line_table(doc, page, pno, y, chunk, cols, n_rows, rng, tail if last else None)
        if last:
            _totals_block(doc, page, pno, y + 3, rng)
            if doc.lang == "ja" or doc.fields["notes"].text:
                _notes(doc, page, pno, y + 3, rng)
        _page_footer(page, pno, npages, doc)
        pages.append(page)
    return pages


def order_classic(doc, font, rng):
    f, L, ex = doc.fields, doc.labels, doc.extra
    top = 14 + rng.uniform(0, 4)

    def first(page):
        page.text(RIGHT, top + 2, f"{L['number']}{_sep(rng, 'ja')}{f['orderNumber'].text}", 10, "r")
        page.text(RIGHT, top + 7.5, f"{L['date']}{_sep(rng, 'ja')}{f['orderDate'].text}", 10, "r")
        _mark(f["orderNumber"], 1)
        _mark(f["orderDate"], 1)
        size = _pick(rng, [20, 22, 24])
        page.text(105, top + 18, doc.title, size, "c", bold=True)
        tw = text_width(doc.title, size, font)
        page.line(105 - tw / 2 - 4, top + 20.5, 105 + tw / 2 + 4, top + 20.5, 0.4)
        page.line(105 - tw / 2 - 4, top + 21.4, 105 + tw / 2 + 4, top + 21.4, 0.25)
        page.text(LEFT, top + 34, f["supplierName"].text, 13.5, max_w=95)
        page.line(LEFT, top + 35.5, 110, top + 35.5, 0.4)
        _mark(f["supplierName"], 1)
        page.text(LEFT, top + 43, _pick(rng, ["下記の通り注文いたします。", "下記の通り発注致します。", "毎度ありがとうございます。下記の通り注文申し上げます。"])
                  if doc.kind == "order" else f["notes"].text, 9.5)
        _buyer_block(doc, page, 118, top + 32, rng)
        # header box
        y = top + 52
        rows = [(L["delivery"], f["deliveryDate"])]
        if f["deliveryLocation"].text:
            rows.append((L["location"], f["deliveryLocation"]))
        if ex["payment"]:
            rows.append(("支払条件", None))
        for i, (lab, p) in enumerate(rows):
            ry = y + i * 7
            page.rect(LEFT, ry, 24, 7, 0.3, fill=GRAY_FILL)
            page.rect(LEFT + 24, ry, 74, 7, 0.3)
            page.text(LEFT + 12, ry + 5, lab, 9, "c")
            page.text(LEFT + 26, ry + 5, p.text if p else ex["payment"], 9.5, max_w=70)
            if p:
                _mark(p, 1)
        y += 7 * len(rows) + 4
        if ex["totals"] == "headline":
            page.text(LEFT, y + 6, (L["total"] if L["total"] == "御注文金額" else "御注文金額") + "(税込)", 11)
            page.text(LEFT + 88, y + 6, f["total"].text, 14, "r", bold=True)
            page.line(LEFT, y + 8, LEFT + 90, y + 8, 0.5)
            y += 12
        return y + 2

    return _finish_order_pages(doc, rng, font, first, 5, "order-classic")


def order_table(doc, font, rng):
    """発注書: buyer block top left, order number in a header table."""
    f, L = doc.fields, doc.labels
    top = 14 + rng.uniform(0, 4)

    def first(page):
        page.text(RIGHT, top + 4, doc.title, _pick(rng, [20, 22]), "r", bold=True)
        y = _buyer_block(doc, page, LEFT, top + 8, rng, seal=True)
        page.text(112, top + 24, f["supplierName"].text, 12.5, max_w=80)
        page.line(112, top + 25.5, RIGHT, top + 25.5, 0.35)
        _mark(f["supplierName"], 1)
        if doc.kind != "order":
            page.text(112, top + 33, f["notes"].text, 9)
        y = max(y, top + 38)
        cells = [(L["number"], f["orderNumber"]), (L["date"], f["orderDate"]),
                 (L["delivery"], f["deliveryDate"]),
                 (L["location"], f["deliveryLocation"] if f["deliveryLocation"].text else None)]
        lw, vw, h = 20.0, 70.0, 8.0
        for i, (lab, p) in enumerate(cells):
            cx = LEFT + (i % 2) * (lw + vw)
            ry = y + (i // 2) * h
            page.rect(cx, ry, lw, h, 0.3, fill=GRAY_FILL)
            page.rect(cx + lw, ry, vw, h, 0.3)
            page.text(cx + lw / 2, ry + 5.6, lab, 8.5, "c", max_w=lw - 1.5)
            if p:
                page.text(cx + lw + 2, ry + 5.6, p.text, 10, max_w=vw - 3)
                _mark(p, 1)
        y += 2 * h + 6
        if doc.extra["totals"] == "headline":
            page.rect(LEFT, y, 90, 10, 0.5)
            page.text(LEFT + 2, y + 7, L["total"] if L["total"] != "小計" else "合計金額", 10)
            page.text(LEFT + 88, y + 7.2, f["total"].text, 13, "r", bold=True)
            y += 14
        return y

    return _finish_order_pages(doc, rng, font, first, 5, "order-table")


def order_form(doc, font, rng):
    """御注文書: slip number in a small box top right, big amount box, 図番 column next to 品番."""
    f, L = doc.fields, doc.labels
    top = 13 + rng.uniform(0, 4)

    def first(page):
        page.rect(140, top, 55, 7, 0.3)
        page.line(160, top, 160, top + 7, 0.3)
        page.text(150, top + 5, L["number"], 8.5, "c", max_w=19)
        page.text(193, top + 5.2, f["orderNumber"].text, 10, "r", max_w=32)
        page.text(RIGHT, top + 12, f"{L['date']}{_sep(rng, 'ja')}{f['orderDate'].text}", 9.5, "r")
        _mark(f["orderNumber"], 1)
        _mark(f["orderDate"], 1)
        page.text(92, top + 12, doc.title, 22, "c", bold=True)
        page.text(LEFT, top + 26, f["supplierName"].text, 13, max_w=92)
        page.line(LEFT, top + 27.5, 108, top + 27.5, 0.4)
        _mark(f["supplierName"], 1)
        y = top + 33
        page.rect(LEFT, y, 93, 12, 0.6)
        page.rect(LEFT, y, 28, 12, 0, fill=GRAY_FILL)
        page.line(LEFT + 28, y, LEFT + 28, y + 12, 0.4)
        page.text(LEFT + 14, y + 7.8, L["total"] if L["total"] in ("御注文金額", "御見積金額", "御請求金額") else "御注文金額",
                  10, "c", max_w=26)
        page.text(LEFT + 91, y + 8.5, f["total"].text, 15, "r", bold=True, max_w=60)
        page.text(LEFT, y + 17, "(消費税込)" if doc.extra["totals"] != "total_only" else "(税抜)", 8.5)
        _buyer_block(doc, page, 120, top + 24, rng, size=8.5)
        y += 22
        _labelled(page, LEFT, y, L["delivery"], f["deliveryDate"].text, rng, "ja", 10, underline=80)
        _mark(f["deliveryDate"], 1)
        if f["deliveryLocation"].text:
            _labelled(page, 105, y, L["location"], f["deliveryLocation"].text, rng, "ja", 10, underline=88)
            _mark(f["deliveryLocation"], 1)
        return y + 6

    return _finish_order_pages(doc, rng, font, first, 4, "order-form")


def po_en(doc, font, rng):
    f, L, ex = doc.fields, doc.labels, doc.extra

    def first(page):
        top = 14 + rng.uniform(0, 3)
        y = _buyer_block(doc, page, LEFT, top + 6, rng, seal=False)
        page.text(RIGHT, top + 8, doc.title.upper() if rng.random() < 0.5 else doc.title, 20, "r", bold=True)
        bx, by = 128.0, top + 14
        for i, (lab, p) in enumerate([(L["number"], f["orderNumber"]), (L["date"], f["orderDate"])]):
            page.rect(bx, by + i * 7, 24, 7, 0.3, fill=GRAY_FILL)
            page.rect(bx + 24, by + i * 7, RIGHT - bx - 24, 7, 0.3)
            page.text(bx + 1.5, by + i * 7 + 5, lab, 8.5, max_w=21)
            page.text(RIGHT - 1.5, by + i * 7 + 5, p.text, 9.5, "r", max_w=40)
            _mark(p, 1)
        y = max(y, by + 20) + 2
        page.text(LEFT, y, "To:" if rng.random() < 0.6 else "Vendor:", 9)
        page.text(LEFT + 16, y, f["supplierName"].text, 11.5)
        _mark(f["supplierName"], 1)
        y += 8
        _labelled(page, LEFT, y, L["delivery"], f["deliveryDate"].text, rng, "en", 9.5)
        _mark(f["deliveryDate"], 1)
        if f["deliveryLocation"].text:
            _labelled(page, 105, y, L["location"], f["deliveryLocation"].text, rng, "en", 9.5, max_w=88)
            _mark(f["deliveryLocation"], 1)
        y += 6
        if rng.random() < 0.5:
            page.text(LEFT, y, "Currency: " + ex["currency"], 9)
            f["currency"].text = ex["currency"]
            _mark(f["currency"], 1)
        else:
            page.text(LEFT, y, "Payment: Net 60 days", 9)
        return y + 5

    return _finish_order_pages(doc, rng, font, first, 5, "po-en")


# ---------------------------------------------------------------- quality records

def _meas_cols(doc, layout):
    ex, L = doc.extra, doc.labels
    k = ex["n_vals"]
    cols = [("no", "No.", 8, "c"), ("item", L["item"], 24, "l"), ("spec", L["spec"], 36, "l")]
    if ex["unit_column"]:
        cols.append(("unit", L["unit"], 11, "c"))
    if ex["instrument"] and layout != "qr-list":
        cols.append(("inst", L["instrument"], 17, "c"))
    cols.append(("result", L["result"], 12, "c"))
    used = sum(c[2] for c in cols)
    vw = (RIGHT - LEFT - used) / k
    vcols = [(f"n{i + 1}", f"n{i + 1}" if doc.lang == "ja" or i else "n1", vw, "r") for i in range(k)]
    return cols[:-1] + vcols + cols[-1:]


INSTRUMENTS = {"外径": "マイクロ", "内径": "ゲージ", "全長": "ノギス", "長さ": "ノギス", "表面粗さ": "粗さ計", "硬度": "硬度計",
               "板厚": "マイクロ", "穴ピッチ": "三次元", "穴径": "ピンG", "外観": "目視"}


def _meas_table(doc, page, y, layout, rng, n_rows):
    cols = _meas_cols(doc, layout)
    rows = []
    for i, m in enumerate(doc.rows):
        cells = []
        for key, _h, _w, _a in cols:
            if key == "no":
                cells.append(str(i + 1))
            elif key == "spec":
                cells.append(m["_spec"])
            elif key == "inst":
                cells.append(INSTRUMENTS.get(m["item"].text, "ノギス") if doc.lang == "ja" else "")
            elif key.startswith("n") and key[1:].isdigit():
                j = int(key[1:]) - 1
                cells.append(m["values"].text[j] if j < len(m["values"].text) else "")
            else:
                cells.append(m[key].text or "")
        rows.append(cells)
        _mark(m, 1)
    while len(rows) < n_rows:
        rows.append([""] * len(cols))
    return table(page, LEFT, y, [(h, w, a) for _k, h, w, a in cols], rows, row_h=_pick(rng, [7.5, 8.0, 8.5]),
                 size=9, header_fill=rng.random() < 0.7)


def _supplier_block(doc, page, x, y, rng, align="l"):
    f, ex = doc.fields, doc.extra
    page.text(x, y, f["supplierName"].text, 12, align, bold=True, max_w=80)
    _mark(f["supplierName"], 1)
    yy = y + 5.5
    if doc.lang == "ja":
        page.text(x, yy, f"〒{ex['postal']} {ex['address']}", 8.5, align, max_w=80)
    else:
        page.text(x, yy, ex["address"], 8.5, align, max_w=80)
    yy += 4.5
    page.text(x, yy, f"TEL {ex['tel']}  FAX {ex['fax']}", 8.5, align, max_w=80)
    return yy + 4


def _qr_header_grid(doc, page, y, rng):
    f, L, ex = doc.fields, doc.labels, doc.extra
    cells = [(L["part"], f["partNumber"].text, f["partNumber"]), (L["name"], f["partName"].text, f["partName"]),
             (L["drawing"], ex["drawing"], None), (L["lot"], f["lotNumber"].text, f["lotNumber"]),
             (L["qty"], f["quantity"].text, f["quantity"]), (L["sample"], f"n={ex['sample']}", None),
             (L["date"], f["inspectionDate"].text, f["inspectionDate"]),
             (L["inspector"], f["inspector"].text, f["inspector"])]
    cells = [c for c in cells if c[1] or c[2] is not None]
    lw, vw, h = 22.0, 68.0, 8.0
    for i, (lab, text, p) in enumerate(cells):
        cx = LEFT + (i % 2) * (lw + vw)
        ry = y + (i // 2) * h
        page.rect(cx, ry, lw, h, 0.3, fill=GRAY_FILL)
        page.rect(cx + lw, ry, vw, h, 0.3)
        page.text(cx + lw / 2, ry + 5.6, lab, 8.5, "c", max_w=lw - 1.5)
        if text:
            page.text(cx + lw + 2, ry + 5.6, text, 10, max_w=vw - 3)
        if p is not None:
            _mark(p, 1)
    return y + ((len(cells) + 1) // 2) * h


def qr_grid(doc, font, rng):
    f, L, ex = doc.fields, doc.labels, doc.extra
    page = Page(font)
    en = doc.lang == "en"
    top = 14 + rng.uniform(0, 4)
    page.text(105, top + 8, doc.title, 20 if not en else 18, "c", bold=True)
    if f["reportNumber"].text:
        page.text(RIGHT, top, f"{L['report']}{_sep(rng, doc.lang)}{f['reportNumber'].text}", 9, "r")
        _mark(f["reportNumber"], 1)
    y = top + 20
    if f["customerName"].text:
        page.text(LEFT, y, ("To: " if en else "") + f["customerName"].text, 12.5, max_w=90)
        page.line(LEFT, y + 1.5, 105, y + 1.5, 0.35)
        _mark(f["customerName"], 1)
    _supplier_block(doc, page, 118, y, rng)
    if not en:
        stamp_boxes(page, 150, y + 15, ["承認", "確認", "作成"],
                    [ex["stamps"][0] if rng.random() < 0.8 else None, ex["stamps"][1], ex["stamps"][2]])
        page.text(LEFT, y + 12, "下記の通り検査致しましたので報告致します。", 9.5)
    y = _qr_header_grid(doc, page, y + 36, rng) + 6
    y = _meas_table(doc, page, y, "qr-grid", rng, max(len(doc.rows), _pick(rng, [6, 8, 10]))) + 6
    page.rect(125, y, 70, 12, 0.5)
    page.rect(125, y, 28, 12, 0, fill=GRAY_FILL)
    page.line(153, y, 153, y + 12, 0.4)
    page.text(139, y + 8, L["overall"], 10.5, "c", max_w=26)
    page.text(174, y + 8.5, f["overallResult"].text, 15, "c", bold=True)
    _mark(f["overallResult"], 1)
    if en:
        page.text(LEFT, y + 8, "Approved by: ____________", 9.5)
    return [page]


def qr_list(doc, font, rng):
    """品質記録: supplier top left, label: value header, overall result boxed top right, no unit column."""
    f, L, ex = doc.fields, doc.labels, doc.extra
    page = Page(font)
    top = 14 + rng.uniform(0, 4)
    _supplier_block(doc, page, LEFT, top + 4, rng)
    page.text(RIGHT, top + 6, doc.title, 18, "r", bold=True)
    if f["customerName"].text:
        page.text(RIGHT, top + 16, f["customerName"].text, 11, "r")
        _mark(f["customerName"], 1)
    y = top + 28
    left = [(L["part"], f["partNumber"]), (L["name"], f["partName"]), (L["lot"], f["lotNumber"]), (L["qty"], f["quantity"])]
    right = [(L["date"], f["inspectionDate"]), (L["inspector"], f["inspector"]), (L["report"], f["reportNumber"])]
    for col, items in ((LEFT, left), (112, right)):
        yy = y
        for lab, p in items:
            if p.text:
                _labelled(page, col, yy, lab, p.text, rng, "ja", 10, underline=78)
                _mark(p, 1)
                yy += 7
    page.rect(150, y + 22, 45, 13, 0.6)
    page.text(156, y + 30.5, L["overall"], 10)
    page.text(190, y + 31, f["overallResult"].text, 15, "r", bold=True)
    _mark(f["overallResult"], 1)
    y += 40
    y = _meas_table(doc, page, y, "qr-list", rng, len(doc.rows) + _pick(rng, [0, 1, 2])) + 6
    page.text(LEFT, y + 4, "備考：" + _pick(rng, ["", "全数外観検査実施", "測定室温度 20℃"]), 9)
    stamp_boxes(page, 150, y + 1, ["承認", "検査"], [ex["stamps"][0], ex["stamps"][1]])
    return [page]


LAYOUTS = {
    "order-classic": order_classic,
    "order-table": order_table,
    "order-form": order_form,
    "po-en": po_en,
    "qr-grid": qr_grid,
    "qr-list": qr_list,
    "qr-en": qr_grid,
}
