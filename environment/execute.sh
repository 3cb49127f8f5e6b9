#!/usr/bin/env bash
# Refreshes everything made from the lessons' sources: makes each student edition in notebooks/
# and its worked solutions from source/ (environment/editions.py), then executes the student
# edition on a fresh Java kernel and writes its outputs, so the committed outputs are the ones the
# code gives now. With no arguments, every lesson. Paths are relative to the workbook's folder.
#   environment/execute.sh                                   # all
#   environment/execute.sh source/01-mcp-neuron.ipynb        # one (notebooks/01-mcp-neuron.ipynb names the same)
#   environment/execute.sh --adopt notebooks/01-mcp-neuron.ipynb   # first move edits made there into source/
# (Windows: environment\execute.cmd; both run environment/launcher.py execute.)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_launch execute "$@"
