"""Binder: repo2docker finds the configuration through binder/, and its steps work.

Docker is not needed: the second test does what repo2docker's build does (install
binder/requirements.txt into a fresh Python environment, run binder/postBuild) on a fresh copy of
the repository, then runs a lesson on the Java kernel that environment provides.
"""
import os
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINDER = ROOT / "binder"
LESSON = "01-mcp-neuron.ipynb"


def test_binder_links_to_the_configuration_in_environment():
    expected = {
        "apt.txt": ROOT / "environment" / "binder" / "apt.txt",
        "runtime.txt": ROOT / "environment" / "binder" / "runtime.txt",
        "postBuild": ROOT / "environment" / "binder" / "postBuild",
        "requirements.txt": ROOT / "environment" / "requirements.txt",
    }
    for name, target in expected.items():
        link = BINDER / name
        assert link.is_symlink(), f"binder/{name} should be a link into environment/"
        assert link.resolve() == target.resolve(), f"binder/{name} points to {link.resolve()}, not {target}"
        # a relative link that stays inside the repository, so it survives a clone
        assert not os.path.isabs(os.readlink(link)), os.readlink(link)
    apt = (BINDER / "apt.txt").read_text().split()
    assert {"openjdk-17-jdk-headless", "fontconfig"} <= set(apt) and any(p.startswith("fonts-") for p in apt), apt
    assert (BINDER / "runtime.txt").read_text().strip() == "python-3.11"
    assert os.access(BINDER / "postBuild", os.X_OK)
    pins = [l for l in (BINDER / "requirements.txt").read_text().splitlines() if l and not l.startswith("#")]
    assert pins and all("==" in l for l in pins), "every requirement is pinned"


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [f for f in out.split("\0") if f]


def copy_of_the_workbook(repo: pathlib.Path) -> pathlib.Path:
    """What a fresh clone of this working tree holds (its uncommitted changes included), at repo."""
    for name in tracked_files():
        src, dst = ROOT / name, repo / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            os.symlink(os.readlink(src), dst)
        elif src.exists():
            shutil.copy2(src, dst)
    return repo


def test_the_binder_steps_in_a_fresh_environment_give_a_kernel_that_runs_a_lesson(tmp_path):
    repo = copy_of_the_workbook(tmp_path / "repo")
    assert not (repo / "lib" / "nn-workbook.jar").exists(), "the copy should start without lib/"

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = dict(os.environ, PATH=f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}", JUPYTER_PREFER_ENV_PATH="1")
    env.pop("REPO_DIR", None)  # not on Binder: postBuild keeps the Maven cache
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                          "-r", "binder/requirements.txt"], cwd=repo, env=env, capture_output=True, text=True)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    post = subprocess.run(["./binder/postBuild"], cwd=repo, env=env, capture_output=True, text=True, timeout=900)
    assert post.returncode == 0, post.stdout + post.stderr
    assert "Java kernel registered" in post.stdout and (repo / "lib" / "nn-workbook.jar").exists()

    run = subprocess.run([str(venv / "bin" / "python"), "environment/notebooks.py", f"notebooks/{LESSON}"],
                         cwd=repo, env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"notebooks/{LESSON}: ran in" in run.stdout and "outputs unchanged" in run.stdout, run.stdout
