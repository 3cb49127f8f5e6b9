#!/usr/bin/env bash
# Builds the static book of the executed workbook, in English and in Chinese, into target/book/
# (or the folder given): environment/book/build.py, with Sphinx, MyST-NB and the book theme pinned
# in environment/book/requirements.txt and installed into .venv-book/. Works offline once set up.
# (Windows: environment\book.cmd; both run environment/launcher.py book.)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_launch book "$@"
