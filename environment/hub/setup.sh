# Sourced by environment/hub.sh and the single-user image's build (environment/hub/image/build.sh):
# the workbook's set-up (environment/setup.sh) plus what the course hub needs.

# The hub's own copy of the workbook's Python environment (the same pinned requirements, plus the
# hub's), made from a Python that every account can run: students' servers run as the students.
export WORKBOOK_VENV="${WORKBOOK_HUB_VENV:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.venv-hub}"
source "$(dirname "${BASH_SOURCE[0]}")/../setup.sh"
HUB_DIR="$WORKBOOK_ROOT/environment/hub"

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

