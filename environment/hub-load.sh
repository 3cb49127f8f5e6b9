#!/usr/bin/env bash
# The course hub under load (environment/hub/load.py; figures in benchmark/RESULTS.md): for each
# class size, a hub on localhost with that many new students who log in at once and each run
# lesson 01 through the hub; prints the time to each student's first output and to the end of the
# lesson, each kernel's memory and the load average. Not part of environment/test.sh. Run as root.
#   environment/hub-load.sh                       # 1, 2, 4 and 6 students
#   environment/hub-load.sh --students 1,3,8      # other class sizes (at most 24 each)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
[ "$(id -u)" = 0 ] || die "the load run makes system accounts for its students: run it as root"
# sets up the hub's environment (and proves hub.sh works) before anything is timed
WORKBOOK_HUB_DIR="$(mktemp -d)" "$WORKBOOK_ROOT/environment/hub.sh" list >/dev/null
exec "$WORKBOOK_ROOT/.venv-hub/bin/python" "$WORKBOOK_ROOT/environment/hub/load.py" "$@"
