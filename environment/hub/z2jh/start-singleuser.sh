#!/usr/bin/env bash
# The single-user image's command: on a user's first start, their home (the volume at /home/jovyan)
# gets the workbook (their own notebooks/ and lib, as on the course hub); then the server starts.
set -euo pipefail
hub="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
"$hub/../../.venv-hub/bin/python" -c 'import sys; sys.path.insert(0, sys.argv[1]); import course; course.give_workbook(sys.argv[2])' \
  "$hub" "$HOME"
exec "$hub/../../.venv-hub/bin/jupyterhub-singleuser" "$@"
