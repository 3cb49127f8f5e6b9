# Sourced by lab.sh, test.sh and execute.sh: makes sure the workbook's tools are in place and
# does only the steps that are missing, so a second run is immediate.
#   - a JDK 17 or newer on PATH (the one thing, besides Python 3.11+, a user installs)
#   - .venv/: a Python virtual environment with environment/requirements.txt installed, which
#     includes JupyterLab and the JJava kernel (registered inside .venv as kernel "java")
#   - lib/: the library jar and its runtime jars, built with the Maven wrapper (./mvnw)

set -euo pipefail

WORKBOOK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORKBOOK_VENV="${WORKBOOK_VENV:-$WORKBOOK_ROOT/.venv}"
# Prefer the kernels installed in .venv over any user-wide kernel of the same name.
export JUPYTER_PREFER_ENV_PATH=1
# The Java kernel's JVM options (JJava reads JJAVA_JVM_OPTS). A notebook is many short cells, so
# the JVM's quick compiler alone (C1, no C2) and the serial garbage collector make every lesson run
# about twice as fast on a small machine, at the price of long loops running ~1.5x slower
# (benchmark/RESULTS.md). Set JJAVA_JVM_OPTS (even to nothing) to choose otherwise.
export JJAVA_JVM_OPTS="${JJAVA_JVM_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"

say() { printf '[workbook] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

workbook_check_jdk() {
  command -v java >/dev/null 2>&1 || die "no 'java' on PATH: install a JDK 17 or newer (for example Temurin 17 or OpenJDK 17)"
  command -v javac >/dev/null 2>&1 || die "'java' is on PATH but 'javac' is not: the kernel needs a full JDK 17 or newer, not only a JRE"
  local version major
  version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  major="${version%%.*}"
  [ -n "$major" ] && [ "$major" -ge 17 ] 2>/dev/null || die "the Java on PATH is version ${version:-unknown}; the workbook needs 17 or newer ($(command -v java))"
}

workbook_python() {
  local py
  for py in "${WORKBOOK_PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$py" ] || continue
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  die "no Python 3.11 or newer with the venv module was found on PATH (set WORKBOOK_PYTHON to one)"
}

workbook_venv() {
  local req="$WORKBOOK_ROOT/environment/requirements.txt" stamp="$WORKBOOK_VENV/.requirements.sha256" want
  want="$(sha256sum "$req" | cut -d' ' -f1)"
  if [ -x "$WORKBOOK_VENV/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    return 0
  fi
  local py; py="$(workbook_python)"
  say "setting up the Python environment in $WORKBOOK_VENV (JupyterLab, the JJava kernel, nbclient; pinned)"
  "$py" -m venv "$WORKBOOK_VENV"
  "$WORKBOOK_VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip==25.3
  "$WORKBOOK_VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
  echo "$want" > "$stamp"
}

workbook_check_kernel() {
  "$WORKBOOK_VENV/bin/python" - "$WORKBOOK_VENV" <<'PY'
import sys, os
from jupyter_client.kernelspec import KernelSpecManager
venv = os.path.realpath(sys.argv[1])
specs = KernelSpecManager().find_kernel_specs()
where = specs.get("java")
if where is None:
    sys.exit("[workbook] error: no Jupyter kernel named 'java' is installed in " + venv)
if not os.path.realpath(where).startswith(venv + os.sep):
    print("[workbook] note: the 'java' kernel in use is " + where + " (not the one in .venv)", file=sys.stderr)
PY
}

workbook_lib() {
  local jar="$WORKBOOK_ROOT/lib/nn-workbook.jar"
  if [ -f "$jar" ] && [ -z "$(find "$WORKBOOK_ROOT/src/main" "$WORKBOOK_ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  say "building lib/ (the library jar and its runtime jars) with ./mvnw"
  (cd "$WORKBOOK_ROOT" && ./mvnw -B -q -ntp package -DskipTests)
}

# For the browser test (environment/tests/test_browser.py): Debian's chromium and playwright-core
# from environment/browser/package-lock.json. Installs what is missing where it can (chromium
# with apt-get when running as root, as CI does; npm ci); otherwise says why the test will skip.
workbook_browser() {
  local dir="$WORKBOOK_ROOT/environment/browser" chromium="${WORKBOOK_CHROMIUM:-/usr/bin/chromium}"
  local want_apt=()
  [ -x "$chromium" ] || want_apt+=(chromium)
  # a font with Chinese glyphs, so the lessons' Chinese terms show in the screenshot
  [ -n "$(fc-list :lang=zh 2>/dev/null | head -1)" ] || want_apt+=(fonts-wqy-zenhei)
  if [ ${#want_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing ${want_apt[*]} for the browser test (apt-get)"
      { DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${want_apt[@]}" >/dev/null 2>&1 ||
        { apt-get update -q >/dev/null 2>&1 &&
          DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${want_apt[@]}" >/dev/null 2>&1; }; } ||
        say "apt-get could not install ${want_apt[*]}: without chromium the browser test will be skipped"
    elif [ ! -x "$chromium" ]; then
      say "no $chromium (install Debian's chromium, e.g. sudo apt-get install chromium): the browser test will be skipped"
    fi
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$major" -lt 20 ] || ! command -v npm >/dev/null 2>&1; then
    say "the browser test needs Node.js 20 or newer with npm (found: $(node --version 2>/dev/null || echo none)): it will be skipped"
    return 0
  fi
  local stamp="$dir/node_modules/.package-lock.sha256" want
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing playwright-core for the browser test (npm ci)"
    if (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
      echo "$want" > "$stamp"
    else
      say "npm ci failed in environment/browser: the browser test will be skipped"
    fi
  fi
}
