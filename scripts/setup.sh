#!/usr/bin/env bash
# Installs what DocIntake needs on Debian 12, idempotently: only missing packages are installed, so a second run
# takes about a second. Usage: scripts/setup.sh [runtime|test]   (test adds the servers and tools the tests use)
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-runtime}

runtime_pkgs=(
  libtesseract5 tesseract-ocr tesseract-ocr-jpn tesseract-ocr-eng tesseract-ocr-osd  # OCR engine + language data
  poppler-utils ghostscript     # renders PDF pages PdfPig cannot decode (JBIG2, JPX, CCITT EncodedByteAlign)
  fonts-ipaexfont fonts-noto-cjk fonts-dejavu-core python3 python3-reportlab python3-pil libtiff-tools  # sample generator
)
test_pkgs=(
  qpdf                          # builds encrypted/rotated PDFs for decoder tests
  ocrmypdf time                 # benchmark reference
  dovecot-imapd dovecot-pop3d   # real IMAP/POP3 server on 127.0.0.1
  postgresql                    # multi-node tests
  chromium                      # browser tests (Playwright drives Debian's chromium, no download)
)
pkgs=("${runtime_pkgs[@]}")
[[ $profile == test ]] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=; [[ $(id -u) -ne 0 ]] && sudo=sudo
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  # A fresh Debian 12 machine without the SDK: Microsoft's install script into /usr/share/dotnet.
  echo "setup: installing the .NET 10 SDK" >&2
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet >/dev/null
  ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
fi

# The project's OCR data folder: Debian's traineddata linked in (the code falls back to the system folder).
mkdir -p tessdata
for lang in jpn eng osd; do
  [[ -e tessdata/$lang.traineddata ]] || ln -sf "/usr/share/tesseract-ocr/5/tessdata/$lang.traineddata" "tessdata/$lang.traineddata"
done
