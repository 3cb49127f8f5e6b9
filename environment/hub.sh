#!/usr/bin/env bash
# The course server: JupyterHub on this machine, every student's server the workbook's JupyterLab
# with the Java kernel and lib/, nbgrader's exchange for assignments (docs/course-hub.md).
# Run as root (each user's server runs as their own system account). Sets up what is missing first.
#
#   environment/hub.sh                                  start the hub on port 8000 (--port, --ip)
#   environment/hub.sh add-instructor NAME...           accounts with random passwords (printed once)
#   environment/hub.sh add-student NAME...
#   environment/hub.sh add-from FILE                    the class: a student per line, "instructor NAME"
#   environment/hub.sh remove NAME... [--delete-account]
#   environment/hub.sh assignment ps1 [LESSON...]       lessons into the instructor's course source
#   environment/hub.sh list                             the roster
#
# Settings (environment variables, or lines VAR=value in $WORKBOOK_HUB_DIR/hub.env):
#   WORKBOOK_HUB_DIR (default /srv/nn-workbook-hub), WORKBOOK_HUB_COURSE (course id, default nn),
#   WORKBOOK_HUB_AUTH (pam or lti), WORKBOOK_HUB_MEM_LIMIT (1G), WORKBOOK_HUB_KERNEL_HEAP (512m),
#   WORKBOOK_HUB_IDLE_TIMEOUT (3600 s), WORKBOOK_HUB_SSL_CERT/_KEY, WORKBOOK_LTI_* (docs/course-hub.md).
source "$(dirname "${BASH_SOURCE[0]}")/hub/setup.sh"
export WORKBOOK_HUB_DIR="${WORKBOOK_HUB_DIR:-/srv/nn-workbook-hub}"
if [ -f "$WORKBOOK_HUB_DIR/hub.env" ]; then
  set -a; source "$WORKBOOK_HUB_DIR/hub.env"; set +a
fi
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
