#!/usr/bin/env bash
# Runs every test: the library's JUnit 5 tests (which also rebuild lib/), then every notebook
# executed top to bottom on a fresh Java kernel, checked for errors, stderr, time-outs and
# outputs that differ from the committed ones; the nbgrader assignments, the Binder steps, the
# set-up on every supported Python and JDK, and the lessons in a real browser (headless Chromium).
# Sets up what is missing first. Extra arguments go to pytest (e.g. -k 01-mcp).
# (Windows: environment\test.cmd; both run environment/launcher.py test.)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_launch test "$@"
