"""The course on the hub: its roster, its students' and instructors' system accounts and homes,
and the Jupyter settings each of them gets (environment/hub.sh; docs/course-hub.md).

Everything lives in the hub's state directory (WORKBOOK_HUB_DIR, e.g. /srv/nn-workbook-hub):

    roster.json        {"course": "nn", "instructors": [...], "students": [...]}
    exchange/          nbgrader's exchange: released assignments, submissions, feedback
    jupyter/<user>/    the Jupyter configuration of one user's server (nbgrader_config.py, ...)
    hub-api.json       the running hub's API address and the token of the "course-admin" service

A student's home holds notebooks/ (their own copy of the lessons) and lib -> the workbook's lib/,
so `%classpath ../lib/*` works in notebooks/ and in every assignment nbgrader fetches into the
home, exactly as in environment/lab.sh. An instructor's home holds the same, plus the nbgrader
course directory ~/<course>/ (source/, release/, submitted/, autograded/, feedback/,
gradebook.db) that the instructor's formgrader works on.

Run as root: `python course.py STATE COMMAND ...` (environment/hub.sh does).
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import pwd
import re
import secrets
import shutil
import subprocess
import sys
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
LIB = ROOT / "lib"
NBGRADER_CONFIG = ROOT / "environment" / "nbgrader_config.py"
ROLES = ("instructors", "students")
# a system account name: lower-case letters, digits, '-' and '_', starting with a letter
NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")
# nbgrader's pages that only the instructor needs (JupyterLab plugins and server extensions)
INSTRUCTOR_ONLY_PLUGINS = ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
                           "@jupyter/nbgrader:course-list")
INSTRUCTOR_ONLY_EXTENSIONS = ("nbgrader.server_extensions.formgrader", "nbgrader.server_extensions.course_list")


class Course:
    """The course kept in a hub's state directory."""

    def __init__(self, state: os.PathLike):
        self.state = pathlib.Path(state).resolve()
        self.roster_file = self.state / "roster.json"
        self.exchange = self.state / "exchange"

    # the roster ---------------------------------------------------------------------------------

    def roster(self) -> dict:
        if self.roster_file.exists():
            return json.loads(self.roster_file.read_text())
        return {"course": os.environ.get("WORKBOOK_HUB_COURSE", "nn"), "instructors": [], "students": []}

    def save(self, roster: dict) -> None:
        self.state.mkdir(parents=True, exist_ok=True)
        tmp = self.roster_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(roster, indent=2) + "\n")
        tmp.replace(self.roster_file)

    @property
    def course_id(self) -> str:
        return self.roster()["course"]

    def role(self, name: str) -> str | None:
        roster = self.roster()
        return next((r for r in ROLES if name in roster[r]), None)

    def add(self, role: str, name: str, password: bool = True) -> str | None:
        """Adds a user to the roster and the system (an account with a home); returns the new
        random password when one is set, None otherwise (an existing account keeps its own)."""
        check_name(name)
        roster = self.roster()
        other = "students" if role == "instructors" else "instructors"
        if name in roster[other]:
            raise SystemExit(f"{name} is already one of the {other}: remove them first")
        created = ensure_account(name)
        if name not in roster[role]:
            roster[role].append(name)
            self.save(roster)
        self.prepare_home(name, role)
        new_password = None
        if password and created:
            new_password = random_password()
            subprocess.run(["chpasswd"], input=f"{name}:{new_password}\n", text=True, check=True)
        self.tell_hub(name, role)
        return new_password

    def remove(self, name: str, delete_account: bool = False) -> None:
        roster = self.roster()
        for role in ROLES:
            if name in roster[role]:
                roster[role].remove(name)
        self.save(roster)
        api = self.hub_api()
        if api:
            try:
                api.call("DELETE", f"/users/{name}")
            except OSError:
                pass
        if delete_account and account_exists(name):
            subprocess.run(["pkill", "-KILL", "-u", name], check=False)
            subprocess.run(["userdel", "--remove", name], check=False, capture_output=True)
            shutil.rmtree(self.state / "jupyter" / name, ignore_errors=True)

    def save_passwords(self, lines: list[str]) -> pathlib.Path:
        """Appends new accounts' passwords to a root-only file, for handing them out."""
        path = self.state / "new-passwords.csv"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a") as f:
            f.write("".join(line + "\n" for line in lines))
        return path

    # homes and Jupyter settings -----------------------------------------------------------------

    def prepare_home(self, name: str, role: str) -> None:
        """Gives the user's home the workbook (give_workbook) and their server its settings."""
        user = pwd.getpwnam(name)
        home = pathlib.Path(user.pw_dir)
        new = not (home / "notebooks").exists()
        give_workbook(home, solutions=role == "instructors" or os.environ.get("WORKBOOK_HUB_SOLUTIONS") == "1")
        if new:
            chown_tree(home / "notebooks", user)
        os.lchown(home / "lib", user.pw_uid, user.pw_gid)
        if role == "instructors":
            course_dir = home / self.course_id
            for part in ("", "source"):
                (course_dir / part).mkdir(exist_ok=True)
                os.chown(course_dir / part, user.pw_uid, user.pw_gid)
        self.write_jupyter_config(name, role)

    def jupyter_dir(self, name: str) -> pathlib.Path:
        return self.state / "jupyter" / name

    def write_jupyter_config(self, name: str, role: str) -> pathlib.Path:
        """The configuration directory the user's server gets as JUPYTER_CONFIG_PATH."""
        self.ensure_exchange()
        user = pwd.getpwnam(name)
        where = self.jupyter_dir(name)
        (self.state / "jupyter").mkdir(exist_ok=True)
        (self.state / "jupyter").chmod(0o711)
        write_jupyter_config(where, role, self.course_id, self.exchange, pathlib.Path(user.pw_dir) / self.course_id,
                             int(os.environ.get("WORKBOOK_HUB_IDLE_TIMEOUT") or 3600))
        for path in [where, *where.rglob("*")]:
            os.chown(path, 0, user.pw_gid)
            path.chmod(0o750 if path.is_dir() else 0o640)
        return where

    def ensure_exchange(self) -> None:
        """nbgrader's exchange: everyone may write, the sticky bit keeps each one's files theirs."""
        self.exchange.mkdir(parents=True, exist_ok=True)
        self.exchange.chmod(0o1777)
        self.state.chmod(0o711)

    # the running hub ----------------------------------------------------------------------------

    def hub_api(self) -> HubAPI | None:
        path = self.state / "hub-api.json"
        if not path.exists():
            return None
        info = json.loads(path.read_text())
        return HubAPI(info["url"], info["token"])

    def tell_hub(self, name: str, role: str) -> None:
        """If the hub is running, adds the user and their group there too (else: at its start)."""
        api = self.hub_api()
        if not api:
            return
        try:
            api.call("POST", f"/users/{name}", ok=(201, 409))
            api.call("POST", f"/groups/{role}/users", {"users": [name]})
        except OSError as e:
            print(f"[course] note: the hub at {api.url} did not answer ({e}); {name} is added at its next start",
                  file=sys.stderr)


def write_jupyter_config(where: pathlib.Path, role: str, course_id: str, exchange: pathlib.Path,
                         course_root: pathlib.Path, idle_timeout: int = 3600) -> None:
    """Writes a Jupyter configuration directory for a role's servers: nbgrader's course and
    exchange; for instructors the workbook's nbgrader settings and their course directory; for
    students the instructor's pages switched off (Formgrader, Create Assignment, Courses). Kernels
    idle for idle_timeout seconds are shut down, even with the browser tab still open."""
    (where / "labconfig").mkdir(parents=True, exist_ok=True)
    lines = [
        "# Written by environment/hub/course.py: the course and its exchange.",
        "c = get_config()  # noqa: F821",
        f"c.CourseDirectory.course_id = {course_id!r}",
        f"c.Exchange.root = {str(exchange)!r}",
    ]
    server = {"MappingKernelManager": {"cull_idle_timeout": idle_timeout, "cull_interval": 300, "cull_connected": True}}
    # a class needs no pop-up asking to fetch Jupyter's news
    disabled = {"@jupyterlab/apputils-extension:announcements": True}
    if role == "instructors":
        # the workbook's Java settings (the stub, time-outs, the kernel in notebooks/)
        lines[2:2] = [f"load_subconfig({str(NBGRADER_CONFIG)!r})  # noqa: F821"]
        lines.append(f"c.CourseDirectory.root = {str(course_root)!r}")
    else:
        server["ServerApp"] = {"jpserver_extensions": {e: False for e in INSTRUCTOR_ONLY_EXTENSIONS}}
        disabled.update({p: True for p in INSTRUCTOR_ONLY_PLUGINS})
    (where / "nbgrader_config.py").write_text("\n".join(lines) + "\n")
    (where / "jupyter_server_config.json").write_text(json.dumps(server, indent=2) + "\n")
    (where / "labconfig" / "page_config.json").write_text(json.dumps({"disabledExtensions": disabled}, indent=2) + "\n")


def give_workbook(home: pathlib.Path, solutions: bool = False) -> None:
    """Puts the workbook into a home: notebooks/ (the student editions, copied once, then the user's
    own) and lib, a link to the workbook's lib/, so `%classpath ../lib/*` works in notebooks/ and
    in fetched assignments. The worked solutions (notebooks/solutions/) stay out unless asked for:
    on a course server the exercises may be graded."""
    home = pathlib.Path(home)
    if not (home / "notebooks").exists():
        left_out = [".ipynb_checkpoints"] + ([] if solutions else ["solutions"])
        shutil.copytree(NOTEBOOKS, home / "notebooks", ignore=shutil.ignore_patterns(*left_out))
    lib = home / "lib"
    if lib.is_symlink() and os.readlink(lib) != str(LIB):
        lib.unlink()
    if not lib.exists() and not lib.is_symlink():
        lib.symlink_to(LIB)


class HubAPI:
    """JupyterHub's REST API with a service token."""

    def __init__(self, url: str, token: str):
        self.url, self.token = url.rstrip("/"), token

    def call(self, method: str, path: str, body: dict | None = None, ok=(200, 201, 204)):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Authorization": f"token {self.token}"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                text = r.read().decode()
                return json.loads(text) if text else None
        except urllib.error.HTTPError as e:
            if e.code in ok:
                return None
            raise


def check_name(name: str) -> None:
    if not NAME.fullmatch(name):
        raise SystemExit(f"'{name}' is not a usable account name: use lower-case letters, digits, '-' and '_', "
                         "starting with a letter, at most 32 characters")


def account_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def ensure_account(name: str) -> bool:
    """Creates the system account with a home if it is missing; True if it was created."""
    if account_exists(name):
        return False
    subprocess.run(["useradd", "--create-home", "--shell", "/bin/bash", "--user-group", name],
                   check=True, capture_output=True)
    pathlib.Path(pwd.getpwnam(name).pw_dir).chmod(0o750)
    return True


def random_password() -> str:
    return secrets.token_urlsafe(12)


def chown_tree(path: pathlib.Path, user) -> None:
    for p in [path, *path.rglob("*")]:
        os.lchown(p, user.pw_uid, user.pw_gid)


def lti_account_name(raw: str) -> str:
    """A system account name for a user name from the learning management system (an e-mail
    address, an opaque id): lower-case, only [a-z0-9_-], a letter first, at most 32 characters,
    and different raw names never meet (a hash of the raw name is added when anything changed)."""
    import hashlib

    base = raw.split("@")[0].lower()
    clean = re.sub(r"[^a-z0-9_-]", "-", base).strip("-") or "user"
    if not clean[0].isalpha():
        clean = "u" + clean
    if clean == raw and len(clean) <= 32:
        return clean
    tag = hashlib.sha256(raw.encode()).hexdigest()[:6]
    return f"{clean[:25]}-{tag}"


LTI_ROLES_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/roles"
LTI_TEACHING = ("#Instructor", "#TeachingAssistant", "#ContentDeveloper")


def lti_group(claims: dict) -> str:
    """The course group of a user launched from the LMS, from the roles in their LTI 1.3 claims
    (environment/hub/z2jh/values.yaml does the same on Kubernetes)."""
    roles = claims.get(LTI_ROLES_CLAIM, [])
    return "instructors" if any(r.endswith(LTI_TEACHING) for r in roles) else "students"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="The course on the hub: roster, accounts, assignments.")
    parser.add_argument("state", type=pathlib.Path, help="the hub's state directory")
    sub = parser.add_subparsers(dest="command", required=True)
    for role in ROLES:
        p = sub.add_parser(f"add-{role[:-1]}", help=f"add {role} (system accounts with random passwords)")
        p.add_argument("names", nargs="+")
        p.add_argument("--no-password", action="store_true",
                       help="set no password (for LTI, where the learning management system logs users in)")
    p = sub.add_parser("add-from", help="add the class named in a file: one student per line, "
                                        "'instructor NAME' for an instructor, '#' starts a comment")
    p.add_argument("file", type=pathlib.Path)
    p.add_argument("--no-password", action="store_true")
    p = sub.add_parser("remove", help="take users off the course")
    p.add_argument("names", nargs="+")
    p.add_argument("--delete-account", action="store_true", help="also delete the system account and its home")
    p = sub.add_parser("assignment", help="put lessons into an instructor's course as an assignment")
    p.add_argument("assignment")
    p.add_argument("lessons", nargs="*", type=pathlib.Path,
                   help="lessons' sources, e.g. source/01-mcp-neuron.ipynb (default: every lesson with graded cells)")
    p.add_argument("--instructor", help="whose course (default: the first instructor)")
    sub.add_parser("list", help="print the roster")
    p = sub.add_parser("image-config", help="write the students' and instructors' Jupyter settings for an image "
                                            "(the state directory is where they go)")
    p.add_argument("--course", default="nn")
    p.add_argument("--exchange", default="/srv/nbgrader/exchange")
    p.add_argument("--home", default="/home/jovyan")
    args = parser.parse_args(argv)
    course = Course(args.state)

    if args.command in ("add-instructor", "add-student", "add-from"):
        if args.command == "add-from":
            wanted = [("instructors", line.split()[1]) if line.split()[0] == "instructor" else ("students", line.split()[0])
                      for line in (raw.split("#")[0].strip() for raw in args.file.read_text().splitlines()) if line]
        else:
            wanted = [("instructors" if args.command == "add-instructor" else "students", name) for name in args.names]
        new_passwords = []
        for role, name in wanted:
            password = course.add(role, name, password=not args.no_password)
            if password:
                new_passwords.append(f"{name},{role[:-1]},{password}")
            shown = f"password {password}" if password else "(no password: logs in through the LMS)" \
                if args.no_password else "(existing account, password unchanged)"
            print(f"{role[:-1]} {name}: {shown}")
        if new_passwords:
            saved = course.save_passwords(new_passwords)
            print(f"(the new passwords are also in {saved}, readable by root only)")
    elif args.command == "remove":
        for name in args.names:
            course.remove(name, args.delete_account)
            print(f"removed {name}")
    elif args.command == "assignment":
        sys.path.insert(0, str(ROOT / "environment"))
        import workbook_nbgrader as wn

        roster = course.roster()
        instructor = args.instructor or (roster["instructors"] or [None])[0]
        if instructor not in roster["instructors"]:
            raise SystemExit("add an instructor first: environment/hub.sh add-instructor NAME")
        lessons = args.lessons or wn.graded_notebooks()
        user = pwd.getpwnam(instructor)
        course_dir = pathlib.Path(user.pw_dir) / course.course_id
        source = course_dir / "source" / args.assignment
        source.mkdir(parents=True, exist_ok=True)
        for lesson in lessons:
            shutil.copy(lesson, source / lesson.name)
        chown_tree(course_dir / "source", user)
        print(f"assignment {args.assignment} in {source}: " + ", ".join(p.name for p in lessons))
        print("release it from the instructor's Formgrader (Nbgrader → Formgrader: Generate, then Release)")
    elif args.command == "image-config":
        for role in ROLES:
            write_jupyter_config(args.state / role, role, args.course, pathlib.Path(args.exchange),
                                 pathlib.Path(args.home) / args.course)
        print(f"Jupyter settings for {', '.join(ROLES)} in {args.state}")
    elif args.command == "list":
        print(json.dumps(course.roster(), indent=2))


if __name__ == "__main__":
    main()
