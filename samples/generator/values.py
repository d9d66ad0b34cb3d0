"""How values are printed (dates, money, phone numbers, company names) and their contract form."""
import datetime as dt
import re
import unicodedata

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]

DATE_STYLES_JA = ["wareki", "wareki_r", "wareki_r0", "slash", "kanji", "iso"]
DATE_STYLES_EN = ["dmy", "mdy_abbr", "mdy_long", "us", "slash", "iso"]
LINE_DATE_STYLES = ["md_slash", "md_kanji"]  # month and day only (year from context)

_FW = str.maketrans("0123456789,-.()/", "０１２３４５６７８９，－．（）／")


def norm(s):
    """Contract string form: NFKC, trimmed, inner white space folded."""
    if s is None:
        return None
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def full_width(s):
    return s.translate(_FW)


def fmt_date(d: dt.date, style: str) -> str:
    ry = d.year - 2018  # 令和 (all generated dates are after 2019-05-01)
    return {
        "wareki": f"令和{ry}年{d.month}月{d.day}日",
        "wareki_r": f"R{ry}.{d.month}.{d.day}",
        "wareki_r0": f"R{ry:02d}/{d.month:02d}/{d.day:02d}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "kanji": f"{d.year}年{d.month}月{d.day}日",
        "iso": d.isoformat(),
        "dmy": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "mdy_abbr": f"{MONTHS[d.month - 1]}. {d.day}, {d.year}",
        "mdy_long": f"{MONTHS_LONG[d.month - 1]} {d.day}, {d.year}",
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "md_slash": f"{d.month}/{d.day}",
        "md_kanji": f"{d.month}月{d.day}日",
    }[style]


def _grouped(v, decimals):
    return f"{v:,.{decimals}f}"


def fmt_money(v, style, currency="JPY"):
    """Print an amount. JPY amounts are whole; USD have cents."""
    if currency == "USD":
        body = _grouped(v, 2)
        return {"usd": f"${body}", "usd_code": f"USD {body}"}.get(style, body)
    body = _grouped(v, 0)
    return {
        "yen": f"¥{body}",
        "yen_fw": f"￥{body}",
        "en": f"{body}円",
        "yen_dash": f"¥{body}-",
        "jpy": f"JPY {body}",
        "fw_en": full_width(body) + "円",
        "plain": body,
    }[style]


def fmt_price(v, currency="JPY"):
    """Unit price in a table cell: decimals only when needed."""
    if currency == "USD":
        return _grouped(v, 2)
    return _grouped(v, 0) if float(v).is_integer() else _grouped(v, 2)


def fmt_qty(q):
    return f"{q:,}"


def phone_variants(canonical, country="JP", ascii_only=False):
    """Printed spellings of a phone number whose contract form is `canonical`."""
    a, b, c = canonical.split("-")
    if country != "JP":
        return [canonical, f"({a}) {b}-{c}", f"+1 {a} {b} {c}"]
    out = [canonical, f"({a}){b}-{c}", f"{a}({b}){c}", f"{a} {b} {c}", f"+81-{a[1:]}-{b}-{c}"]
    return out if ascii_only else out + [full_width(canonical)]


def fax_header_number(canonical, style):
    a, b, c = canonical.split("-")
    return {
        "spaced": f"{a} {b} {c}",
        "digits": f"{a}{b}{c}",
        "intl": f"+81 {a[1:]} {b} {c}",
        "intl_digits": f"+81{a[1:]}{b}{c}",
        "hyphen": canonical,
    }[style]


def company_variants(name):
    """Printed spellings of a company name (the contract value is norm() of the printed one)."""
    out = [name]
    if name.startswith("株式会社"):
        rest = name[4:]
        out += [f"(株){rest}", f"㈱{rest}", f"（株）{rest}"]
    elif name.endswith("株式会社"):
        rest = name[:-4]
        out += [f"{rest}(株)", f"{rest}㈱"]
    elif name.startswith("有限会社"):
        rest = name[4:]
        out += [f"(有){rest}", f"㈲{rest}"]
    return out
