#!/usr/bin/env bash
# Opens the workbook: sets up what is missing, then starts JupyterLab on notebooks/ with the
# Java kernel. Extra arguments go to JupyterLab (e.g. --no-browser, --port=8899).
# (Windows: environment\lab.cmd; both run environment/launcher.py lab.)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_launch lab "$@"
