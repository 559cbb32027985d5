#!/usr/bin/env bash
# The whole test suite, in the environment scripts/setup.sh made.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m pytest -q "$@"
