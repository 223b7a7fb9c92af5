# JupyterHub for a class on one machine, with Debian's JupyterHub 3.0
# (apt-get install jupyterhub jupyter-notebook) and gonotes installed on the
# host. README "Teaching a class" gives the setup; in short, as root:
#
#   install -m 755 bin/gonotes deploy/image/gonotes-start /usr/local/bin/
#   install -d /usr/local/share/gonotes/notebooks
#   install -m 644 notebooks/*.ipynb notebooks/README.md /usr/local/share/gonotes/notebooks/
#   addgroup students; adduser --ingroup students alice ...   (one account each)
#   jupyterhub -f deploy/jupyterhub/jupyterhub_config.py
#
# (With a node that is not Debian's, e.g. NodeSource's nodejs, Debian's
# configurable-http-proxy finds its modules only with NODE_PATH=/usr/share/nodejs.)
#
# Students log in with their account's password (PAM). Each student's server
# is a process of their own account, started as
#
#   systemd-run --scope -p MemoryMax=1G -p CPUQuota=100% ... \
#       gonotes-start jupyterhub-singleuser ...
#
# gonotes-start (the Docker image's entrypoint, deploy/image/) copies the
# course into ~/notebooks at each start when a notebook is missing, never
# overwriting a student's edits, and installs the "Go (gonotes)" kernelspec
# in the home when it lacks one.
#
# Memory (README "Teaching a class"): one student through this config who
# ran notebook 01 held 118 MiB in jupyterhub-singleuser, 23 MiB in the
# gonotes kernel and 76 MiB in its interpreter (VmHWM from /proc): about
# 220 MiB for a student with one notebook open. The limit of 1 GiB leaves room for several open notebooks and for
# the worker processes of the multiprocessing notebooks.

import os
import pwd
import shutil

from jupyterhub.spawner import LocalProcessSpawner

c = get_config()  # noqa: F821 - defined by JupyterHub when it loads this file

# Where the hub listens; put a TLS proxy (nginx, caddy) in front of it, or
# set c.JupyterHub.ssl_cert and ssl_key.
c.JupyterHub.bind_url = os.environ.get("GONOTES_HUB_URL", "http://0.0.0.0:8000")
# The hub's database and cookie secret, in a folder of its own.
STATE = os.environ.get("GONOTES_HUB_STATE", "/var/lib/gonotes-hub")
c.JupyterHub.db_url = f"sqlite:///{STATE}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = f"{STATE}/jupyterhub_cookie_secret"

# Accounts: the machine's users in the group "students", and the teacher.
c.PAMAuthenticator.allowed_groups = {"students"}
c.Authenticator.admin_users = {os.environ.get("GONOTES_TEACHER", "teacher")}

# Memory and CPU per student (see above for the measured figures).
MEM_LIMIT = os.environ.get("GONOTES_MEM_LIMIT", "1G")
CPU_LIMIT = float(os.environ.get("GONOTES_CPU_LIMIT", "1"))


class ClassSpawner(LocalProcessSpawner):
    """LocalProcessSpawner whose servers run in a transient systemd scope
    with a hard memory limit (MemoryMax, no swap) and a CPU quota.

    Debian packages no SystemdSpawner, so this does the part of it that a
    class needs: `systemd-run --scope` (run by the hub, as root) puts the
    server in a cgroup of its own with the limits, switches to the
    student's uid and gid, and executes the server, so that the pid the hub
    tracks and signals is the server's. A student whose kernels pass the
    limit loses a kernel (the kernel dies; the notebook says so), never the
    machine. Without systemd as init (a container), the server starts
    without the limits and the hub logs a warning.
    """

    def scope_argv(self):
        if not os.path.isdir("/run/systemd/system") or not shutil.which("systemd-run"):
            self.log.warning("no systemd here: %s's server runs without a memory limit", self.user.name)
            return []
        argv = [
            "systemd-run", "--scope", "--quiet", "--collect",
            f"--unit=jupyter-{self.user.name}-{os.getpid()}-{self.port}",
            *self.scope_user_argv(),
            "--slice=gonotes-students.slice",
            "-p", "MemorySwapMax=0",
        ]
        if self.mem_limit:
            argv += ["-p", f"MemoryMax={self.mem_limit}"]
        if self.cpu_limit:
            argv += ["-p", f"CPUQuota={int(self.cpu_limit * 100)}%"]
        return argv + ["--"]

    def scope_user_argv(self):
        """systemd-run's options that switch to the student's account."""
        user = pwd.getpwnam(self.user.name)
        return [f"--uid={user.pw_uid}", f"--gid={user.pw_gid}"]

    def make_preexec_fn(self, name):
        if not self.scope_argv_in_use:
            return super().make_preexec_fn(name)
        home = pwd.getpwnam(name).pw_dir

        def preexec():
            # systemd-run switches to the student's uid and gid; here only
            # the working folder.
            try:
                os.chdir(home)
            except OSError:
                pass

        return preexec

    async def start(self):
        scope = self.scope_argv()
        self.scope_argv_in_use = bool(scope)
        saved = self.cmd
        # LocalProcessSpawner.start reads self.cmd before its first await.
        self.cmd = scope + list(saved)
        try:
            return await super().start()
        finally:
            self.cmd = saved

    scope_argv_in_use = False


c.JupyterHub.spawner_class = ClassSpawner
c.Spawner.cmd = ["gonotes-start", "jupyterhub-singleuser"]
c.Spawner.environment = {"GONOTES_COURSE": "/usr/local/share/gonotes/notebooks"}
c.Spawner.default_url = "/tree/notebooks"
c.Spawner.mem_limit = MEM_LIMIT
c.Spawner.cpu_limit = CPU_LIMIT
# Thirty servers starting at once on a small machine: give each time.
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120

# Idle culling. Debian packages no jupyterhub-idle-culler (the hub service
# that Zero to JupyterHub runs), and JupyterHub itself has no culler; the
# notebook server has one for its kernels and one for itself, which together
# do the same: a kernel idle for 20 minutes is shut down (freeing its ~100
# MiB), and a server with no kernel, terminal or browser activity for an
# hour stops itself (the hub notices and the student's next visit starts it
# again, with their notebooks as they left them).
CULL_KERNEL = int(os.environ.get("GONOTES_CULL_KERNEL_SECONDS", "1200"))
CULL_SERVER = int(os.environ.get("GONOTES_CULL_SERVER_SECONDS", "3600"))
#
# Ports: every student's server picks its kernels' five TCP ports itself, as
# free at that moment, so two servers starting kernels at once may pick the
# same port, and the second kernel cannot bind it ("listen heartbeat on
# tcp://127.0.0.1:...: address already in use"). Jupyter then restarts the
# kernel "with new random ports", but jupyter_client's port cache
# (KernelManager.cache_ports, on by default) gives it the same ports again,
# five times, and the student's notebook has no kernel (seen once in 20
# kernels started together by tests/hub). Without the cache, a restart
# really takes new ports.
c.Spawner.args = [
    "--KernelManager.cache_ports=False",
    f"--MappingKernelManager.cull_idle_timeout={CULL_KERNEL}",
    "--MappingKernelManager.cull_interval=60",
    "--MappingKernelManager.cull_connected=True",
    f"--NotebookApp.shutdown_no_activity_timeout={CULL_SERVER}",
]
