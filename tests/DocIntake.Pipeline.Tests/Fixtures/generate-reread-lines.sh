#!/usr/bin/env bash
# Regenerates reread-lines.png (140x130 mm, 200 dpi, 1-bit: one label or word per row, far apart) from
# reread-lines.html, for PageRereadTests. Needs Debian's chromium, poppler-utils and fonts-ipaexfont.
# Run once by hand; the PNG is checked in.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$tmp/lines.pdf" reread-lines.html
pdftoppm -r 200 -mono -png -singlefile "$tmp/lines.pdf" reread-lines
