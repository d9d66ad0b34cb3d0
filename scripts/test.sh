#!/usr/bin/env bash
# Installs what the tests need, generates the synthetic samples, and runs every test.
# Usage: scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
scripts/generate-samples.sh
export OMP_THREAD_LIMIT=1
dotnet test DocIntake.sln -c Release --nologo "$@"
