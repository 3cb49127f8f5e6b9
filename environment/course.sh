#!/usr/bin/env bash
# Makes an nbgrader course directory for an assignment from the instructor sources of the
# workbook's graded lessons (source/), then runs nbgrader in it with the workbook's settings
# (docs/assignments.md is the instructor's guide).
#   environment/course.sh ~/nn-course ps1                              # every lesson with graded cells
#   environment/course.sh ~/nn-course ps1 source/01-mcp-neuron.ipynb
#   environment/course.sh ~/nn-course nbgrader generate_assignment ps1  # any nbgrader command, in the course
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_launch course "$@"
