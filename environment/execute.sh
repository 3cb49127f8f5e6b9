#!/usr/bin/env bash
# Re-executes notebooks in place on a fresh Java kernel, so their committed outputs are the ones
# the code gives now. With no arguments, every notebook in notebooks/. Paths are relative to the
# workbook's folder.
#   environment/execute.sh                       # all
#   environment/execute.sh notebooks/01-mcp-neuron.ipynb
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_launch execute "$@"
