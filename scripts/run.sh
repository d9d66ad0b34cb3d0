#!/usr/bin/env bash
# Installs what DocIntake needs and runs it on its embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh runtime
scripts/generate-samples.sh
sample=$(ls samples/generated/tune/*.tif | head -n 1)
echo "DocIntake: extracting $sample" >&2
exec ./docintake extract "$sample"
