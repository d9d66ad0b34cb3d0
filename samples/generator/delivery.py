"""Delivery forms: fax TIFFs (G3/G4), image-only PDFs, born-digital PDFs and skewed grayscale scans."""
import datetime as dt
import io
import os
import subprocess
import tempfile
import time

from PIL import Image, ImageChops, ImageDraw, ImageFilter

import render
import values as V

FAX_W = 1728
FAX_PX_PER_MM = FAX_W / 215.0           # 1728 px across the 215 mm scan line (204 dpi)
FAX_OFFSET = round((FAX_W - render.PAGE_W * FAX_PX_PER_MM) / 2)
FAX_SQUARE_H = round(render.PAGE_H * FAX_PX_PER_MM)
FINE_H, STD_H = 2292, 1146              # A4 at 196 and 98 lines per inch

FORMS = ["g3", "g4", "image_pdf", "text_pdf", "scan"]


def _run(args, **kw):
    subprocess.run(args, check=True, capture_output=True, **kw)


# ---------------------------------------------------------------- fax header

def fax_header_lines(rng, doc, npages):
    """One header string per page, as the sending machine prints it (ASCII only)."""
    d = doc.extra["doc_date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59))
    canonical = doc.extra["sender_fax"]
    if doc.extra["sender_country"] == "JP":
        num = V.fax_header_number(canonical, rng.choice(["spaced", "digits", "intl", "intl_digits", "hyphen"]))
    else:
        a, b, c = canonical.split("-")
        num = rng.choice([f"+1 {a} {b} {c}", f"1{a}{b}{c}"])
    name = doc.extra["sender_ascii"]
    style = rng.randrange(4)
    job = rng.randint(1, 9999)
    out = []
    for p in range(1, npages + 1):
        if style == 0:
            s = f"{t:%Y/%m/%d %H:%M}   FROM:{num:<18} {name:<20}        P.{p:03d}/{npages:03d}"
        elif style == 1:
            s = f"{t:%b-%d-%Y %H:%M}".upper() + f"  FROM-{name:<18} {num:<16}  T-{job:03d} P.{p:03d}/{npages:03d} F-{job + 7:03d}"
        elif style == 2:
            s = f"{t:%d/%m/%Y %H:%M}  {num:<18} {name:<22} #{job:04d}  P. {p}/{npages}"
        else:
            s = f"{t:%y-%m-%d %H:%M}  {name:<20}  {num:<18}  {p}/{npages}"
        out.append(s)
    return out, canonical


def _draw_header(img, text, px_per_mm):
    """Clear the top strip and print the header line there (upright, whatever the page's orientation)."""
    band = round(4.6 * px_per_mm)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, img.width, band], fill=255)
    size = round(2.5 * px_per_mm)
    fnt = render.pil_font("Mono", size)
    x = round(6 * px_per_mm)
    width = fnt.getlength(text)
    if x + width > img.width - 10:
        fnt = render.pil_font("Mono", max(8, int(size * (img.width - 10 - x) / width)))
    d.text((x, round(3.6 * px_per_mm)), text, font=fnt, fill=0, anchor="ls")


# ---------------------------------------------------------------- fax pages

def fax_pages(pages, rng, doc, fine, upside_down):
    """Bilevel fax images (mode '1') of the pages, 1728 wide, header on top."""
    headers, sender = fax_header_lines(rng, doc, len(pages))
    threshold = rng.choice([105, 125, 140, 160, 180])  # lower: thinner strokes, higher: thicker
    out = []
    for page, head in zip(pages, headers):
        img = render.rasterize(page, FAX_PX_PER_MM, FAX_OFFSET, FAX_W, FAX_SQUARE_H)
        if upside_down:
            img = img.rotate(180)
        _draw_header(img, head, FAX_PX_PER_MM)
        img = img.resize((FAX_W, FINE_H if fine else STD_H), Image.BOX)
        bw = img.point(lambda v: 0 if v < threshold else 255).convert("1", dither=Image.Dither.NONE)
        _specks(bw, rng)
        out.append(bw)
    return out, sender, headers


def _specks(img, rng):
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(rng.randint(15, 120)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([0, 0, 1, 1, 2])
        d.rectangle([x, y, x + r, y + r], fill=0)
    if rng.random() < 0.15:  # a dirty scanner glass leaves a thin vertical streak
        x = rng.randrange(100, w - 100)
        y0 = rng.randrange(0, h // 2)
        d.line([(x, y0), (x, y0 + rng.randrange(h // 4, h // 2))], fill=0, width=1)


def save_fax_tiff(images, path, compression, fine, lsb=False):
    """compression: g3 (1D), g3-2d or g4. Encoded with libtiff's tiffcp for byte-stable output."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "raw.tif")
        dpi = (204, 196 if fine else 98)
        images[0].save(raw, compression="tiff_lzw", dpi=dpi, save_all=True, append_images=images[1:])
        codec = {"g3": "g3:1d", "g3-2d": "g3:2d", "g4": "g4"}[compression]
        args = ["tiffcp", "-c", codec]
        if lsb:
            args += ["-f", "lsb2msb"]
        _run(args + [raw, path])


# ---------------------------------------------------------------- grayscale renders

def scan_pages(pages, rng, dpi=300, skew=True):
    """Grayscale 'copier scan' images: paper tone, skew, blur and light noise."""
    out = []
    ppm = dpi / 25.4
    for page in pages:
        img = render.rasterize(page, ppm)
        if skew:
            angle = rng.uniform(0.5, 3.0) * rng.choice([-1, 1])
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9) if skew else 0.4))
        # paper tone and contrast
        lo, hi = rng.randint(15, 45), rng.randint(232, 248)
        img = img.point(lambda v: lo + v * (hi - lo) // 255)
        # noise from our own RNG (PIL's effect_noise is not seedable)
        small = (img.width // 2, img.height // 2)
        noise = Image.frombytes("L", small, rng.randbytes(small[0] * small[1]))
        noise = noise.point(lambda v: 255 - (v % 10)).resize(img.size, Image.NEAREST)
        img = ImageChops.multiply(img, noise)
        out.append(img)
    return out


def save_jpeg(img, path, dpi, quality):
    img.save(path, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=False)


def save_image_pdf(images, path, dpi, quality=85):
    """PDF with one JPEG (DCT) image per page, no text layer."""
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:], quality=quality,
                   title="scan", producer="scanner", creator="scanner",
                   creationDate=time.gmtime(1767225600), modDate=time.gmtime(1767225600))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def tiff_to_pdf(tiff_path, pdf_path):
    """Image-only PDF wrapping the CCITT data as it is (tiff2pdf), timestamps pinned for reproducibility."""
    _run(["tiff2pdf", "-o", pdf_path, tiff_path])
    data = open(pdf_path, "rb").read()
    data = _pin_pdf_dates(data)
    with open(pdf_path, "wb") as f:
        f.write(data)


def _pin_pdf_dates(data):
    import re
    # same-length substitution keeps the xref offsets valid
    data = re.sub(rb"\(D:\d{14}", b"(D:20260101000000", data)
    return data
