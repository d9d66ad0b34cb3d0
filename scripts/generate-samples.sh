#!/usr/bin/env bash
# Renders the synthetic fax orders and quality records (with truth JSON) once; reproducible from the seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
gen=samples/generator/generate.py
stamp=samples/generated/.stamp
if [[ -f $stamp && -z $(find samples/generator samples/master-data -newer "$stamp" -type f -print -quit) ]]; then exit 0; fi
rm -rf samples/generated
/usr/bin/python3 "$gen" --seed 1 --out samples/generated/tune --split tune
/usr/bin/python3 "$gen" --seed 2 --out samples/generated/holdout --split holdout
touch "$stamp"
