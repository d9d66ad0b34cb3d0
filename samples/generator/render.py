"""A tiny display list (millimetres, origin top left, y down) and two back ends: PIL raster and ReportLab PDF."""
import functools
import io
import subprocess

from PIL import Image, ImageDraw, ImageFont

PAGE_W, PAGE_H = 210.0, 297.0
BLACK, RED = (0, 0, 0), (205, 40, 40)
PT_MM = 25.4 / 72

# font key -> candidate (path, ttc index) and the family name fc-list reports
FONT_FILES = {
    "IPAexGothic": [("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", 0)],
    "IPAexMincho": [("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", 0)],
    "NotoSansCJK": [("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0)],
    "NotoSerifCJK": [("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 0)],
    "Mono": [("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
             ("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf", 0)],
}
_FC_NAMES = {"IPAexGothic": "IPAexGothic", "IPAexMincho": "IPAexMincho", "NotoSansCJK": "Noto Sans CJK JP",
             "NotoSerifCJK": "Noto Serif CJK JP", "Mono": "DejaVu Sans Mono"}
PDF_FONTS = ("IPAexGothic", "IPAexMincho")  # ReportLab cannot embed the CFF-based Noto CJK collections


@functools.lru_cache(maxsize=None)
def font_file(key):
    import os
    for path, index in FONT_FILES[key]:
        if os.path.exists(path):
            return path, index
    # fall back to fontconfig
    out = subprocess.run(["fc-match", "-f", "%{file}:%{index}", _FC_NAMES[key]], capture_output=True, text=True).stdout
    path, _, index = out.rpartition(":")
    return path, int(index or 0)


@functools.lru_cache(maxsize=None)
def pil_font(key, px):
    path, index = font_file(key)
    return ImageFont.truetype(path, px, index=index)


def text_width(s, size_pt, key):
    """Width in mm of s at size_pt."""
    if not s:
        return 0.0
    return pil_font(key, 200).getlength(s) / 200 * size_pt * PT_MM


def fit(s, size_pt, max_mm, key):
    w = text_width(s, size_pt, key)
    return size_pt if w <= max_mm or w == 0 else size_pt * max_mm / w


class Page:
    def __init__(self, font):
        self.font = font
        self.ops = []

    def text(self, x, y, s, size=10.0, align="l", color=BLACK, bold=False, font=None, max_w=None):
        if s is None or s == "":
            return
        f = font or self.font
        if max_w:
            size = fit(s, size, max_w, f)
        self.ops.append(("text", x, y, s, size, align, color, bold, f))

    def line(self, x1, y1, x2, y2, w=0.25, color=BLACK):
        self.ops.append(("line", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.25, color=BLACK, fill=None):
        self.ops.append(("rect", x, y, w, h, lw, color, fill))

    def circle(self, cx, cy, r, lw=0.4, color=BLACK):
        self.ops.append(("circle", cx, cy, r, lw, color))

    def chars(self):
        return "".join(op[3] for op in self.ops if op[0] == "text")


# ---------------------------------------------------------------- raster

def rasterize(page, px_per_mm, offset_x_px=0, width_px=None, height_px=None):
    """Render a Page to an 8-bit grayscale image with square pixels."""
    w = width_px or round(PAGE_W * px_per_mm)
    h = height_px or round(PAGE_H * px_per_mm)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    s = px_per_mm

    def X(v):
        return offset_x_px + v * s

    def gray(c):
        return round(0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2])

    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, txt, size, align, color, bold, key = op
            px = max(6, round(size * PT_MM * s))
            fnt = pil_font(key, px)
            anchor = {"l": "ls", "c": "ms", "r": "rs"}[align]
            d.text((X(x), y * s), txt, font=fnt, fill=gray(color), anchor=anchor)
            if bold:
                d.text((X(x) + max(1, px * 0.04), y * s), txt, font=fnt, fill=gray(color), anchor=anchor)
        elif kind == "line":
            _, x1, y1, x2, y2, lw, color = op
            d.line([(X(x1), y1 * s), (X(x2), y2 * s)], fill=gray(color), width=max(1, round(lw * s)))
        elif kind == "rect":
            _, x, y, rw, rh, lw, color, fill = op
            box = [X(x), y * s, X(x + rw), (y + rh) * s]
            if fill is not None:
                d.rectangle(box, fill=gray(fill))
            if lw:
                d.rectangle(box, outline=gray(color), width=max(1, round(lw * s)))
        elif kind == "circle":
            _, cx, cy, r, lw, color = op
            d.ellipse([X(cx - r), (cy - r) * s, X(cx + r), (cy + r) * s], outline=gray(color),
                      width=max(1, round(lw * s)))
    return img


# ---------------------------------------------------------------- pdf

def to_pdf(pages, title="document"):
    """Born-digital PDF with embedded (subset) TrueType fonts; invariant output for reproducibility."""
    from reportlab.lib.colors import Color
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    mm = 72 / 25.4
    used = {op[8] for p in pages for op in p.ops if op[0] == "text"}
    for key in used:
        if key not in pdfmetrics.getRegisteredFontNames():
            path, index = font_file(key)
            pdfmetrics.registerFont(TTFont(key, path, subfontIndex=index))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W * mm, PAGE_H * mm), invariant=1, pageCompression=1,
                      initialFontName=sorted(used)[0] if used else "Helvetica")
    c.setTitle(title)
    c.setCreator("DocIntake sample generator")

    def col(t):
        return Color(t[0] / 255, t[1] / 255, t[2] / 255)

    H = PAGE_H * mm
    for page in pages:
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, txt, size, align, color, bold, key = op
                c.setFillColor(col(color))
                c.setFont(key, size)
                draw = {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[align]
                draw(x * mm, H - y * mm, txt)
                if bold:
                    draw(x * mm + size * 0.03, H - y * mm, txt)
            elif kind == "line":
                _, x1, y1, x2, y2, lw, color = op
                c.setStrokeColor(col(color))
                c.setLineWidth(lw * mm)
                c.line(x1 * mm, H - y1 * mm, x2 * mm, H - y2 * mm)
            elif kind == "rect":
                _, x, y, rw, rh, lw, color, fill = op
                c.setLineWidth(max(lw, 0.01) * mm)
                c.setStrokeColor(col(color))
                if fill is not None:
                    c.setFillColor(col(fill))
                c.rect(x * mm, H - (y + rh) * mm, rw * mm, rh * mm, stroke=1 if lw else 0, fill=1 if fill else 0)
            elif kind == "circle":
                _, cx, cy, r, lw, color = op
                c.setStrokeColor(col(color))
                c.setLineWidth(lw * mm)
                c.circle(cx * mm, H - cy * mm, r * mm, stroke=1, fill=0)
        c.showPage()
    c.save()
    return buf.getvalue()
