"""The path past one machine (docs/course-hub.md): the single-user image and the Zero to JupyterHub
values in environment/hub/z2jh/.

Docker and Kubernetes are not available here, so: the image's steps are replayed on a fresh copy of
the repository (its Debian packages are checked on this machine, its set-up script runs, its start
script prepares a home and reports the JupyterHub version, and the Java kernel it made runs a
lesson), and the values are checked for what the course relies on. Against the chart's own schema
they are checked with environment/hub/z2jh/validate.py (see docs/course-hub.md).
"""
import asyncio
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys

import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
Z2JH = ROOT / "environment" / "hub" / "z2jh"
sys.path.insert(0, str(ROOT / "environment" / "hub"))
import course  # noqa: E402
from test_binder import copy_of_the_workbook  # noqa: E402

VALUES = yaml.safe_load((Z2JH / "values.yaml").read_text())
LESSON = "01-mcp-neuron.ipynb"


def dockerfile_steps() -> list[tuple[str, str]]:
    text = (Z2JH / "Dockerfile").read_text().replace("\\\n", " ")
    return [tuple(line.split(None, 1)) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_server_gets_the_kernel_options_of_the_set_up_with_the_hubs_heap_ceiling():
    # the image's kernelspec carries the kernel's options (environment/kernelspec.py); JJAVA_JVM_OPTS
    # comes after them, so the hub's heap ceiling replaces the kernelspec's
    want = "-Xmx512m"
    env = dict(pair.split("=", 1) for k, s in dockerfile_steps() if k == "ENV" for pair in shlex.split(s))
    assert env["JJAVA_JVM_OPTS"] == want
    assert VALUES["singleuser"]["extraEnv"]["JJAVA_JVM_OPTS"] == want
    for profile in VALUES["singleuser"]["profileList"]:
        assert profile["kubespawner_override"]["environment"]["JJAVA_JVM_OPTS"] == want, profile["slug"]
    config = (ROOT / "environment" / "hub" / "jupyterhub_config.py").read_text()
    assert 'env("WORKBOOK_HUB_KERNEL_HEAP", "512m")' in config


def test_students_get_a_memory_guarantee_and_limit_and_instructors_more():
    def gib(text):
        return float(text[:-1]) / {"M": 1024, "G": 1}[text[-1]]

    memory = VALUES["singleuser"]["memory"]
    assert 0.5 <= gib(memory["guarantee"]) < gib(memory["limit"]) <= 2
    teacher = next(p for p in VALUES["singleuser"]["profileList"] if p["slug"] == "instructor")["kubespawner_override"]
    assert gib(teacher["mem_limit"]) > gib(memory["limit"])
    assert VALUES["cull"]["enabled"] and VALUES["cull"]["timeout"] == 3600


def test_every_pod_mounts_the_exchange_where_the_images_settings_look_for_it():
    mounts = {m["name"]: m["mountPath"] for m in VALUES["singleuser"]["storage"]["extraVolumeMounts"]}
    claim = yaml.safe_load((Z2JH / "exchange-pvc.yaml").read_text())
    volumes = {v["name"]: v["persistentVolumeClaim"]["claimName"] for v in VALUES["singleuser"]["storage"]["extraVolumes"]}
    assert volumes["nbgrader-exchange"] == claim["metadata"]["name"] and "ReadWriteMany" in claim["spec"]["accessModes"]
    build = (Z2JH / "build-image.sh").read_text()
    assert f"--exchange {mounts['nbgrader-exchange']}" in build


@pytest.mark.parametrize("roles, group", [
    (["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"], "instructors"),
    (["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"], "students"),
    (["http://purl.imsglobal.org/vocab/lis/v2/membership#TeachingAssistant"], "instructors"),
    ([], "students"),
])
def test_the_lms_role_gives_the_same_group_on_one_machine_and_on_kubernetes(roles, group):
    claims = {course.LTI_ROLES_CLAIM: roles}
    assert course.lti_group(claims) == group

    class Config(dict):
        def __getattr__(self, name):
            return self.setdefault(name, Config())

        def __setattr__(self, name, value):
            self[name] = value

    c = Config()
    c.KubeSpawner.profile_list = VALUES["singleuser"]["profileList"]
    exec(VALUES["hub"]["extraConfig"]["10-course"], {"c": c})
    auth = asyncio.run(c.Authenticator.post_auth_hook(None, None, {"name": "x", "auth_state": claims}))
    assert auth["groups"] == [group]

    class User:
        groups = [type("Group", (), {"name": group})()]

    offered = [p["slug"] for p in c.KubeSpawner.profile_list(type("Spawner", (), {"user": User})())]
    assert offered == (["student", "instructor"] if group == "instructors" else ["student"])


@pytest.mark.parametrize("raw, name", [("ana", "ana"), ("Ana.Li@uni.example", None), ("12345", None)])
def test_lms_user_names_become_usable_account_names(raw, name):
    made = course.lti_account_name(raw)
    assert course.NAME.fullmatch(made), made
    assert made == name if name else made != raw
    assert course.lti_account_name(raw.upper() + "x") != made


def test_the_image_steps_on_a_fresh_copy_give_a_server_and_a_kernel_that_runs_a_lesson(tmp_path):
    steps = dockerfile_steps()
    assert steps[0] == ("FROM", "debian:bookworm-slim"), "the image is Debian 12, whose Python the hub's lock is made with"
    # the apt-get step: the same packages, on this machine
    packages = [p for f in ("environment/binder/apt.txt", "environment/hub/z2jh/apt.txt")
                for p in re.sub(r"#.*", "", (ROOT / f).read_text()).split()]
    missing = [p for p in packages if subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True,
                                                     text=True).stdout != "install ok installed"]
    if missing and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], capture_output=True)
    # (a JDK 17 other than Debian's package, e.g. Temurin, serves the replay as well)
    missing = [p for p in missing if subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True,
                                                    text=True).stdout != "install ok installed"
               and not (p.startswith("openjdk-17") and shutil.which("javac"))]
    if missing:
        pytest.skip(f"the image's Debian packages {missing} are not installed here (run as root to install them)")

    # COPY . /opt/nn-workbook, then the RUN of the set-up script
    repo = copy_of_the_workbook(tmp_path / "nn-workbook")
    run_steps = [s for k, s in steps if k == "RUN" and "environment/" in s]
    assert run_steps == ["WORKBOOK_IMAGE_BUILD=1 /opt/nn-workbook/environment/hub/z2jh/build-image.sh"], run_steps
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WORKBOOK_", "JJAVA_"))}
    build = subprocess.run([str(repo / "environment/hub/z2jh/build-image.sh")], env=env,  # without WORKBOOK_IMAGE_BUILD:
                           capture_output=True, text=True, timeout=1500)           # keeps this machine's Maven cache
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert "image set-up: 5." in build.stdout and (repo / "lib" / "nn-workbook.jar").exists(), build.stdout
    for role in ("students", "instructors"):
        assert (repo / "environment/hub/z2jh/jupyter" / role / "nbgrader_config.py").exists()

    # CMD: the start script gives a new home the workbook, then runs the single-user server
    home = tmp_path / "home"
    home.mkdir()
    start = subprocess.run([str(repo / "environment/hub/z2jh/start-singleuser.sh"), "--version"],
                           env=dict(env, HOME=str(home)), capture_output=True, text=True, timeout=120)
    assert start.returncode == 0 and start.stdout.strip().startswith("5."), start.stdout + start.stderr
    assert (home / "notebooks" / LESSON).exists() and (home / "lib").resolve() == repo / "lib"

    # the image's kernel runs a lesson, with the image's environment
    image_env = dict(env, PATH=f"{repo / '.venv-hub/bin'}{os.pathsep}{env['PATH']}", JUPYTER_PREFER_ENV_PATH="1",
                     JJAVA_JVM_OPTS=VALUES["singleuser"]["extraEnv"]["JJAVA_JVM_OPTS"])
    run = subprocess.run([str(repo / ".venv-hub/bin/python"), "environment/notebooks.py", f"notebooks/{LESSON}"],
                         cwd=repo, env=image_env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "outputs unchanged" in run.stdout, run.stdout
