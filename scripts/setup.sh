#!/usr/bin/env bash
# Idempotent set-up of a fresh clone: a virtualenv in .venv with arkiv and its dependencies.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Debian's chromium for the browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
python -m pip install -q --upgrade pip
# torch first and pinned: a plain 'torch' would pull a CUDA build of several GB; 2.13.0 is the CPU build here.
if ! python -c "import torch, sys; sys.exit(torch.__version__.split('+')[0] != '2.13.0')" 2>/dev/null; then
  echo "==> installing torch==2.13.0 (CPU)"
  python -m pip install -q torch==2.13.0
fi
echo "==> installing arkiv and its dependencies"
python -m pip install -q -e ".[dev,cluster]"  # cluster = Ray, for --engine ray and its test

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "==> installing Debian's chromium and chromium-driver for the browser tests"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
fi
