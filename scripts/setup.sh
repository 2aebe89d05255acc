#!/usr/bin/env bash
# Idempotent set-up of a fresh clone: Debian's OCR and PDF tools, a virtualenv in .venv with arkiv and its
# dependencies.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Debian's chromium for the browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
APT_UPDATED=""
apt_install() {  # apt_install PACKAGE...: Debian packages, one apt-get update per run
  if [ -z "$APT_UPDATED" ]; then $SUDO apt-get update -q; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$@"
}

# OCR of scanned PDF pages (indexer.read.ocr): Tesseract with its Swedish model. poppler-utils
# (pdftotext, pdftoppm) for the benchmarks that compare against it and rasterise pages.
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx swe \
   || ! command -v pdftoppm >/dev/null 2>&1; then
  echo "==> installing Debian's tesseract-ocr, tesseract-ocr-swe and poppler-utils"
  apt_install tesseract-ocr tesseract-ocr-swe poppler-utils
fi

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
  apt_install chromium chromium-driver
fi
