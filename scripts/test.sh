#!/usr/bin/env bash
# The whole test suite on a fresh clone: set up (with Debian's chromium for the browser tests), lint, test.
# Slow tests (the real embedding model, the browser) run too; pass -m "not slow" for the quick subset.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
# shellcheck disable=SC1091
. .venv/bin/activate
echo "==> ruff"
ruff check .
ruff format --check .
echo "==> mypy (the typed core: arkiv, indexer, api)"
mypy
echo "==> pytest"
# pytest exits 5 when it collected no test: that is a failure here, as any non-zero exit is.
python -m pytest "$@"
