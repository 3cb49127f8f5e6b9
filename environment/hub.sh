#!/usr/bin/env bash
# The course server: JupyterHub on this machine, every student's server the workbook's JupyterLab
# with the Java kernel and lib/, nbgrader's exchange for assignments (docs/course-hub.md).
# Run as root (each user's server runs as their own system account). Sets up what is missing first.
#
#   environment/hub.sh                                  start the hub on port 8000 (--port, --ip)
#   environment/hub.sh add-instructor NAME...           accounts with random passwords (printed once)
#   environment/hub.sh add-student NAME...
#   environment/hub.sh add-students-from FILE           one name per line
#   environment/hub.sh remove NAME... [--delete-account]
#   environment/hub.sh assignment ps1 [LESSON...]       lessons into the instructor's course source
#   environment/hub.sh list                             the roster
#
# Settings (environment variables, or lines VAR=value in $WORKBOOK_HUB_DIR/hub.env):
#   WORKBOOK_HUB_DIR (default /srv/nn-workbook-hub), WORKBOOK_HUB_COURSE (course id, default nn),
#   WORKBOOK_HUB_AUTH (pam or lti), WORKBOOK_HUB_MEM_LIMIT (1G), WORKBOOK_HUB_KERNEL_HEAP (512m),
#   WORKBOOK_HUB_IDLE_TIMEOUT (3600 s), WORKBOOK_HUB_SSL_CERT/_KEY, WORKBOOK_LTI_* (docs/course-hub.md).
# The hub's own copy of the workbook's Python environment (the same pinned requirements, plus the
# hub's), made from a Python that every account can run: students' servers run as the students.
export WORKBOOK_VENV="${WORKBOOK_HUB_VENV:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.venv-hub}"
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
HUB_DIR="$WORKBOOK_ROOT/environment/hub"
export WORKBOOK_HUB_DIR="${WORKBOOK_HUB_DIR:-/srv/nn-workbook-hub}"
if [ -f "$WORKBOOK_HUB_DIR/hub.env" ]; then
  set -a; source "$WORKBOOK_HUB_DIR/hub.env"; set +a
fi

# A Python 3.11+ that an unprivileged account can run (not one inside root's home, e.g. pyenv's).
hub_python() {
  local py
  [ -n "${WORKBOOK_PYTHON:-}" ] && return 0
  for py in /usr/bin/python3.13 /usr/bin/python3.12 /usr/bin/python3.11 /usr/local/bin/python3.13 \
            /usr/local/bin/python3.12 /usr/local/bin/python3.11 /usr/bin/python3; do
    if [ -x "$py" ] && runuser -u nobody -- "$py" -c 'import sys, venv, ensurepip; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      export WORKBOOK_PYTHON="$py"; return 0
    fi
  done
  die "no Python 3.11 or newer with venv that other accounts can run (install Debian's python3-venv, or set WORKBOOK_PYTHON)"
}

# The hub's Python environment: environment/hub/requirements.txt, the workbook's pins of JupyterLab,
# the Java kernel and nbgrader with the hub's packages beside them (made by environment/hub/lock.sh).
# A set-up that did not finish leaves no stamp, and the next run starts afresh.
hub_venv() {
  local req="$HUB_DIR/requirements.txt" stamp="$WORKBOOK_VENV/.requirements.sha256" want
  want="$(sha256sum "$req" | cut -d' ' -f1)"
  [ -x "$WORKBOOK_VENV/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && return 0
  say "setting up the hub's Python environment in $WORKBOOK_VENV with $WORKBOOK_PYTHON (JupyterHub, JupyterLab, JJava, nbgrader; pinned)"
  rm -rf "$WORKBOOK_VENV"
  "$WORKBOOK_PYTHON" -m venv "$WORKBOOK_VENV"
  "$WORKBOOK_VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip==25.3
  "$WORKBOOK_VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
  echo "$want" > "$stamp"
}

# configurable-http-proxy from npm, pinned by environment/hub/package-lock.json.
hub_proxy() {
  local major stamp="$HUB_DIR/node_modules/.package-lock.sha256" want
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  [ "$major" -ge 20 ] && command -v npm >/dev/null 2>&1 ||
    die "the hub's proxy (configurable-http-proxy) needs Node.js 20 or newer with npm (found: $(node --version 2>/dev/null || echo none))"
  want="$(sha256sum "$HUB_DIR/package-lock.json" | cut -d' ' -f1)"
  [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && return 0
  say "installing configurable-http-proxy (npm ci in environment/hub)"
  (cd "$HUB_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci failed in environment/hub"
  echo "$want" > "$stamp"
}

# Every student's server runs as the student: the workbook must be readable by any account.
hub_check_readable() {
  local f
  runuser -u nobody -- "$WORKBOOK_VENV/bin/python" -c 'import jupyterhub' 2>/dev/null ||
    die "$WORKBOOK_VENV/bin/python does not run for other accounts: put the workbook where every user can read it (e.g. /opt/nn-workbook), or set WORKBOOK_PYTHON to a Python outside root's home"
  for f in "$WORKBOOK_ROOT/lib/nn-workbook.jar" "$WORKBOOK_ROOT/notebooks" "$(command -v java)"; do
    runuser -u nobody -- test -r "$f" ||
      die "$f is not readable by other accounts: put the workbook where every user can read it (e.g. /opt/nn-workbook), or chmod o+rx the folders above it"
  done
}

[ "$(id -u)" = 0 ] || die "the course hub runs every user's server as that user's own account, so it must run as root (sudo environment/hub.sh ...)"
workbook_check_jdk
hub_python
hub_venv
workbook_lib
workbook_check_kernel
mkdir -p "$WORKBOOK_HUB_DIR"
chmod 711 "$WORKBOOK_HUB_DIR"

command="${1:-start}"
case "$command" in
  start|--*)
    [ "$command" = start ] && [ $# -gt 0 ] && shift
    hub_proxy
    hub_check_readable
    while [ $# -gt 0 ]; do
      case "$1" in
        --port) export WORKBOOK_HUB_PORT="${2:?--port needs a number}"; shift ;;
        --ip) export WORKBOOK_HUB_IP="${2:?--ip needs an address}"; shift ;;
        *) die "unknown option $1 (use --port N, --ip ADDRESS)" ;;
      esac
      shift
    done
    export WORKBOOK_ROOT WORKBOOK_VENV
    say "course hub at http://${WORKBOOK_HUB_IP:-0.0.0.0}:${WORKBOOK_HUB_PORT:-8000} (state in $WORKBOOK_HUB_DIR)"
    cd "$WORKBOOK_HUB_DIR"
    # nbgrader (run by the servers) calls its tools by name
    export PATH="$WORKBOOK_VENV/bin:$PATH"
    exec "$WORKBOOK_VENV/bin/jupyterhub" -f "$HUB_DIR/jupyterhub_config.py"
    ;;
  *)
    exec "$WORKBOOK_VENV/bin/python" "$HUB_DIR/course.py" "$WORKBOOK_HUB_DIR" "$@"
    ;;
esac
