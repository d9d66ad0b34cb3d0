#!/usr/bin/env bash
# Regenerates order-ja.png (A4, 200 dpi, 1-bit: a fax-like Japanese order form, ~36 KB) from order-ja.html.
# Needs Debian's chromium, poppler-utils and fonts-ipaexfont. Run once by hand; the PNG is checked in.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$tmp/order.pdf" order-ja.html
pdftoppm -r 200 -mono -png -singlefile "$tmp/order.pdf" order-ja
