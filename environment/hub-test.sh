#!/usr/bin/env bash
# The course hub's round trip in full (environment/tests/test_hub.py): every lesson with graded cells
# is one assignment, released, fetched, submitted by three students (right, untouched, mistaken),
# collected, autograded and returned through the hub. environment/test.sh runs the same test with
# lesson 01 alone. Run as root (the hub makes system accounts). Extra arguments go to pytest.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
[ "$(id -u)" = 0 ] || die "the course hub makes system accounts for its test users: run as root"
workbook_check_jdk
workbook_venv
workbook_check_kernel
workbook_browser
cd "$WORKBOOK_ROOT"
WORKBOOK_HUB_LESSONS=all exec "$WORKBOOK_VENV/bin/python" -m pytest -p no:cacheprovider environment/tests/test_hub.py "$@"
