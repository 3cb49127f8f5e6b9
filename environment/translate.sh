#!/usr/bin/env bash
# The Chinese edition's translations (source/zh/NN-name.md; docs/translating.md):
#   environment/translate.sh check [LESSON...]        # missing, orphaned, stale and pending translations; editions out of step
#   environment/translate.sh stale [LESSON...]        # how the English of each stale cell changed, and its Chinese now
#   environment/translate.sh accept LESSON CELL...    # the Chinese is right for the English as it is now
#   environment/translate.sh accept LESSON --translated  # the same, for every pending section translated since
#   environment/translate.sh pending LESSON [CELL...] # cells without a translation get their English, marked pending
#   environment/translate.sh build [LESSON...]        # write notebooks-zh/ (environment/execute.sh also runs it)
# (Windows: environment\translate.cmd; both run environment/launcher.py translate.)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_launch translate "$@"
