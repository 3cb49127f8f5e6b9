#!/usr/bin/env bash
# Runs every test: the library's JUnit 5 tests (which also rebuild lib/), then every notebook
# executed top to bottom on a fresh Java kernel, checked for errors, stderr, time-outs and
# outputs that differ from the committed ones; the nbgrader assignments, the Binder steps and the
# lessons in a real browser (headless Chromium). Sets up what is missing first.
# Extra arguments go to pytest (e.g. -k 01-mcp).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_check_jdk
workbook_venv
workbook_check_kernel
workbook_browser
cd "$WORKBOOK_ROOT"
say "library tests (JUnit 5) and lib/"
./mvnw -B -ntp verify
say "notebooks, executed in the Java kernel"
exec "$WORKBOOK_VENV/bin/python" -m pytest -p no:cacheprovider environment/tests "$@"
