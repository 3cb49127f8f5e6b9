# Sourced by the workbook's bash commands (lab.sh, test.sh, execute.sh, course.sh and the scripts
# built on them). The set-up itself lives in environment/launcher.py, the same file the Windows
# twins (lab.cmd, test.cmd, ...) run: this only finds a Python 3 to run it with.
#   workbook_launch COMMAND ARGS...   runs launcher.py in place of the script (lab, test, ...)
#   workbook_check_jdk, workbook_venv, workbook_check_kernel, workbook_lib, workbook_browser:
#                                     one set-up step each (launcher.py setup STEP)
#   workbook_python                   prints the Python that makes .venv

set -euo pipefail

WORKBOOK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export WORKBOOK_VENV="${WORKBOOK_VENV:-$WORKBOOK_ROOT/.venv}"

say() { printf '[workbook] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# Any Python 3 runs launcher.py far enough to find a supported one (or to say which is needed).
workbook_python3() {
  local py
  for py in "${WORKBOOK_PYTHON:-}" python3 python; do
    [ -n "$py" ] && command -v "$py" >/dev/null 2>&1 || continue
    if "$py" -c 'import sys; sys.exit(sys.version_info < (3, 6))' >/dev/null 2>&1; then
      command -v "$py"; return 0
    fi
  done
  die "no Python 3 was found on PATH; the workbook needs Python 3.11, 3.12 or 3.13 (https://www.python.org/downloads/)"
}

workbook_launch() { exec "$(workbook_python3)" "$WORKBOOK_ROOT/environment/launcher.py" "$@"; }
workbook_launcher() { "$(workbook_python3)" "$WORKBOOK_ROOT/environment/launcher.py" "$@"; }

# The variables the workbook's tools run with.
eval "$(workbook_launcher env)"

workbook_check_jdk() { workbook_launcher setup jdk; }
workbook_venv() { workbook_launcher setup venv; }
workbook_check_kernel() { workbook_launcher setup kernel; }
workbook_lib() { workbook_launcher setup lib; }
workbook_browser() { workbook_launcher setup browser; }
workbook_python() { workbook_launcher python; }
