# The course hub's JupyterHub configuration, loaded by environment/hub.sh (docs/course-hub.md).
# hub.sh sets the environment this file reads:
#   WORKBOOK_ROOT, WORKBOOK_VENV        the workbook and its .venv (JupyterLab, JJava, nbgrader)
#   WORKBOOK_HUB_DIR                    the hub's state: database, secrets, roster, exchange
#   WORKBOOK_HUB_IP, WORKBOOK_HUB_PORT  where students connect (default 0.0.0.0:8000)
#   WORKBOOK_HUB_AUTH                   "pam" (system accounts; default) or "lti" (LTI 1.3)
#   WORKBOOK_HUB_MEM_LIMIT              memory per student's server (default 1G)
#   WORKBOOK_HUB_KERNEL_HEAP            the Java kernel's heap ceiling (-Xmx; default 512m)
#   WORKBOOK_HUB_IDLE_TIMEOUT           seconds before an idle server or kernel is stopped (3600)
#   WORKBOOK_LTI_*                      the learning management system's LTI 1.3 settings
import json
import os
import pathlib
import secrets
import socket
import sys

ROOT = pathlib.Path(os.environ["WORKBOOK_ROOT"])
VENV = pathlib.Path(os.environ["WORKBOOK_VENV"])
STATE = pathlib.Path(os.environ["WORKBOOK_HUB_DIR"])
HERE = ROOT / "environment" / "hub"
sys.path.insert(0, str(HERE))
from course import Course, ensure_account, lti_account_name, lti_group  # noqa: E402

c = get_config()  # noqa: F821
course = Course(STATE)
roster = course.roster()
course.ensure_exchange()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env(name: str, default: str) -> str:
    return os.environ.get(name) or default


# Where the hub listens, its files, and the proxy ---------------------------------------------------
c.JupyterHub.bind_url = f"http://{env('WORKBOOK_HUB_IP', '0.0.0.0')}:{env('WORKBOOK_HUB_PORT', '8000')}"
# The hub's own API and the proxy's API stay on localhost, on ports free right now (so that two
# hubs, e.g. a course and a test run, can share a machine).
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = free_port()
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.command = [str(HERE / "node_modules" / ".bin" / "configurable-http-proxy")]
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
if os.environ.get("WORKBOOK_HUB_SSL_CERT"):
    c.JupyterHub.ssl_cert = os.environ["WORKBOOK_HUB_SSL_CERT"]
    c.JupyterHub.ssl_key = os.environ["WORKBOOK_HUB_SSL_KEY"]

# Who may log in -------------------------------------------------------------------------------------
auth = env("WORKBOOK_HUB_AUTH", "pam")
if auth == "pam":
    # The machine's own accounts and passwords (PAM): environment/hub.sh add-student makes each
    # account with a random password. No password is built in.
    c.JupyterHub.authenticator_class = "pam"
    c.PAMAuthenticator.open_sessions = False
    c.Authenticator.allowed_users = set(roster["instructors"]) | set(roster["students"])
    c.JupyterHub.load_groups = {role: {"users": roster[role]} for role in ("instructors", "students")}
elif auth == "lti":
    # LTI 1.3: the learning management system (Moodle, Canvas, Blackboard, Open edX...) logs the
    # user in and says their role; see docs/course-hub.md for the tool's registration.
    from ltiauthenticator.lti13.auth import LTI13Authenticator

    class CourseLTI13Authenticator(LTI13Authenticator):
        """LTI 1.3, with user names that are usable system accounts and the LMS role as group."""

        def normalize_username(self, username):
            return lti_account_name(username)

    async def lti_groups(authenticator, handler, authentication):
        authentication["groups"] = [lti_group(authentication.get("auth_state") or {})]
        return authentication

    c.JupyterHub.authenticator_class = CourseLTI13Authenticator
    c.LTI13Authenticator.issuer = os.environ["WORKBOOK_LTI_ISSUER"]
    c.LTI13Authenticator.authorize_url = os.environ["WORKBOOK_LTI_AUTHORIZE_URL"]
    c.LTI13Authenticator.jwks_endpoint = os.environ["WORKBOOK_LTI_JWKS_URL"]
    c.LTI13Authenticator.client_id = set(os.environ["WORKBOOK_LTI_CLIENT_ID"].split(","))
    c.LTI13Authenticator.username_key = env("WORKBOOK_LTI_USERNAME_KEY", "email")
    c.LTI13Authenticator.tool_name = "Neural networks workbook"
    c.LTI13Authenticator.tool_description = "The Java neural networks workbook, with the course's assignments"
    c.Authenticator.allow_all = True  # the LMS decides who reaches the course
    c.Authenticator.manage_groups = True
    c.Authenticator.post_auth_hook = lti_groups
else:
    raise SystemExit(f"WORKBOOK_HUB_AUTH={auth!r}: use pam or lti")

# Services: the idle culler, and the token environment/hub.sh uses to add users --------------------
timeout = int(env("WORKBOOK_HUB_IDLE_TIMEOUT", "3600"))
admin_token = secrets.token_hex(32)
c.JupyterHub.services = [
    {"name": "idle-culler",
     "command": [str(VENV / "bin" / "python"), "-m", "jupyterhub_idle_culler",
                 f"--timeout={timeout}", f"--cull-every={max(60, timeout // 6)}"]},
    {"name": "course-admin", "api_token": admin_token},
]
c.JupyterHub.load_roles = [
    {"name": "idle-culler", "services": ["idle-culler"],
     "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"]},
    {"name": "course-admin", "services": ["course-admin"],
     "scopes": ["admin:users", "admin:groups", "admin:servers", "tokens", "access:servers", "read:users"]},
]
hub_api = STATE / "hub-api.json"
hub_api.write_text(json.dumps({"url": f"http://127.0.0.1:{c.JupyterHub.hub_port}/hub/api",
                               "token": admin_token}))
hub_api.chmod(0o600)

# Each user's server: the workbook's JupyterLab and Java kernel, as environment/lab.sh gives them --
# LocalProcessSpawner runs every server as its user's own system account on this machine. It does
# not enforce mem_limit (no spawner without cgroups can); the server is told its limit (MEM_LIMIT)
# and each Java kernel gets a hard heap ceiling. With systemd, jupyterhub-systemdspawner enforces it.
c.JupyterHub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
c.Spawner.cmd = [str(VENV / "bin" / "jupyterhub-singleuser")]
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/lab/tree/notebooks/00-start-here.ipynb"
c.Spawner.mem_limit = env("WORKBOOK_HUB_MEM_LIMIT", "1G")
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 120
c.Spawner.env_keep = ["PATH", "LANG", "LC_ALL", "JAVA_HOME"]
jvm = os.environ.get("JJAVA_JVM_OPTS", "")
heap = env("WORKBOOK_HUB_KERNEL_HEAP", "512m")
c.Spawner.environment = {
    "PATH": f"{VENV / 'bin'}{os.pathsep}{os.environ['PATH']}",
    "JUPYTER_PREFER_ENV_PATH": "1",
    "JJAVA_JVM_OPTS": f"{jvm} -Xmx{heap}".strip(),
}
# (kernels idle as long are shut down by the server itself: course.write_jupyter_config)


def prepare(spawner):
    """Before a server starts: the account, its home (notebooks/, lib) and its Jupyter settings."""
    name = spawner.user.name
    groups = {g.name for g in spawner.user.groups}
    role = course.role(name) or ("instructors" if "instructors" in groups else "students")
    if auth == "lti":
        ensure_account(name)
    course.prepare_home(name, role)
    spawner.environment = {**spawner.environment, "JUPYTER_CONFIG_PATH": str(course.jupyter_dir(name))}


c.Spawner.pre_spawn_hook = prepare
