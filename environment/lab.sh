#!/usr/bin/env bash
# Opens the workbook: sets up what is missing, then starts JupyterLab on notebooks/ with the
# Java kernel. Extra arguments go to JupyterLab (e.g. --no-browser, --port=8899).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_check_jdk
workbook_venv
workbook_lib
workbook_check_kernel
cd "$WORKBOOK_ROOT/notebooks"
extra=()
# Containers and CI machines often run as root, which Jupyter refuses without this flag.
[ "$(id -u)" = 0 ] && extra+=(--allow-root)
exec "$WORKBOOK_VENV/bin/jupyter" lab --ServerApp.root_dir="$WORKBOOK_ROOT/notebooks" "${extra[@]}" "$@"
