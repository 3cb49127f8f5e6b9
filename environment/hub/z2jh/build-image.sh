#!/usr/bin/env bash
# The single-user image's set-up (RUN in the Dockerfile): the hub's Python environment, lib/ and the
# Java kernel exactly as environment/hub.sh makes them, and the students' and instructors' Jupyter
# settings (nbgrader's course and exchange) in environment/hub/z2jh/jupyter/.
#   WORKBOOK_HUB_COURSE   the course id (default nn)
source "$(dirname "${BASH_SOURCE[0]}")/../setup.sh"
workbook_check_jdk
hub_python
hub_venv
workbook_lib
workbook_check_kernel
"$WORKBOOK_VENV/bin/python" "$HUB_DIR/course.py" "$HUB_DIR/z2jh/jupyter" image-config \
  --course "${WORKBOOK_HUB_COURSE:-nn}" --exchange /srv/nbgrader/exchange --home /home/jovyan
chmod -R a+rX "$WORKBOOK_ROOT"
# In the image, Maven's download cache is not needed once lib/ is built.
if [ -n "${WORKBOOK_IMAGE_BUILD:-}" ]; then
  rm -rf "$HOME/.m2/repository"
fi
echo "image set-up: $("$WORKBOOK_VENV/bin/jupyterhub-singleuser" --version 2>/dev/null | tail -1) single-user server, lib/ ($(ls "$WORKBOOK_ROOT"/lib/*.jar | wc -l) jars), Java kernel registered"
