#!/usr/bin/env bash
# Regenerates environment/requirements.txt from requirements.in: one lock for every supported
# Python (3.11, 3.12, 3.13) on Linux, macOS and Windows, resolved from PyPI by uv's universal
# resolver in a throw-away environment; then remakes .venv from it and rewrites the Python
# packages' notice, environment/THIRD-PARTY.txt (environment/notices.py). Run it after editing
# requirements.in.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_launch lock "$@"
