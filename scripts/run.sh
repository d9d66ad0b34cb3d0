#!/usr/bin/env bash
# Installs what DocIntake needs and runs the server on its embedded default (SQLite + in-process job storage under
# ./.data): nothing else to install. Open the printed address; drop files into ./.data/inbox or POST them to the API.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh runtime
urls=${DOCINTAKE_URLS:-http://127.0.0.1:8080}
echo "DocIntake: starting on $urls (health: $urls/health, API: $urls/api/v1/documents, jobs: $urls/hangfire)" >&2
data=${DOCINTAKE_DATA:-.data}
mkdir -p "$data/inbox"
echo "DocIntake: files dropped into $data/inbox are taken in (scanner folder)" >&2
exec ./docintake serve --urls "$urls" --data "$data" \
  --DocIntake:Folders:0:Name=inbox --DocIntake:Folders:0:Path="$data/inbox" "$@"
