#!/usr/bin/env bash
# Makes an nbgrader course directory for an assignment from the instructor sources of the
# workbook's graded lessons (source/), then runs nbgrader in it with the workbook's settings
# (docs/assignments.md is the instructor's guide).
#   environment/course.sh ~/nn-course ps1                              # every lesson with graded cells
#   environment/course.sh ~/nn-course ps1 source/01-mcp-neuron.ipynb
#   environment/course.sh ~/nn-course nbgrader generate_assignment ps1  # any nbgrader command, in the course
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
workbook_check_jdk
workbook_venv
workbook_lib
workbook_check_kernel
[ $# -ge 2 ] || die "usage: environment/course.sh COURSE_DIR ASSIGNMENT [NOTEBOOK...] | COURSE_DIR nbgrader ARGS..."
course="$1"; shift
if [ "$1" = nbgrader ]; then
  shift
  cd "$course"
  # nbgrader runs the tools of its environment (alembic) by name
  export PATH="$WORKBOOK_VENV/bin:$PATH"
  exec "$WORKBOOK_VENV/bin/nbgrader" "$@"
fi
exec "$WORKBOOK_VENV/bin/python" "$WORKBOOK_ROOT/environment/workbook_nbgrader.py" "$course" "$@"
