"""A class on one hub (make hub-test): Debian's JupyterHub on 127.0.0.1 with
deploy/jupyterhub/jupyterhub_config.py, N simulated students (HUB_STUDENTS,
default 20) created and started through the hub's REST API, each running a
course notebook through its own server's kernels and websocket API, all at
once.

The project's config is loaded as is; this test changes only what a test
machine needs: a test authenticator (DummyAuthenticator) and an API token
for itself, free ports on 127.0.0.1, a temporary state folder, and a
spawner that runs every student's server as the current user with a home
folder of its own under the temporary folder (no system accounts; the
systemd scope, when systemd is init, still applies). The servers start
through the image's entrypoint deploy/image/gonotes-start, which copies the
course into each empty home.

Prints `hub: N/N students ran NOTEBOOK`, the wall times and the memory per
student (peak RSS of server + kernel + interpreter, from /proc). For
comparison (a figure, never a failure), the first student's server also runs
the Python cells of the seed document NOTEBOOK was translated from in an
ipykernel kernel, alongside the notebooks, and the test prints the RSS of
gonotes' kernel + interpreter after the notebook against ipykernel's after
the seed. Stops everything it started; exits non-zero on any failure. Run with Debian's
python3 (make hub-test); needs Debian's jupyterhub.
"""

import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
N = int(os.environ.get("HUB_STUDENTS", "20"))
NOTEBOOK = os.environ.get("HUB_NOTEBOOK", "01-processes-and-threads.ipynb")
DEADLINE = time.time() + float(os.environ.get("HUB_TIMEOUT", "900"))
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def left():
    t = DEADLINE - time.time()
    if t <= 0:
        raise TimeoutError("hub-test ran out of time (HUB_TIMEOUT)")
    return t


TEST_CONFIG = r'''
import os
load_subconfig(os.environ["HUB_PROJECT_CONFIG"])
c = get_config()
TMP = os.environ["HUB_TMP"]
Base = c.JupyterHub.spawner_class


class TestSpawner(Base):
    """The project's spawner, as the current user with a home under TMP."""

    def home(self, name):
        return os.path.join(TMP, "homes", name)

    def user_env(self, env):
        # Not LocalProcessSpawner's, which looks the account up.
        env["HOME"] = self.home(self.user.name)
        env["USER"] = self.user.name
        os.makedirs(env["HOME"], exist_ok=True)
        return env

    def scope_user_argv(self):
        return []  # the test's students are not system accounts

    def make_preexec_fn(self, name):
        home = self.home(name)
        return lambda: os.chdir(home)


c.JupyterHub.spawner_class = TestSpawner
c.JupyterHub.authenticator_class = "dummy"
c.JupyterHub.bind_url = "http://127.0.0.1:%s" % os.environ["HUB_PORT"]
c.JupyterHub.hub_bind_url = "http://127.0.0.1:%s" % os.environ["HUB_HUB_PORT"]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:%s" % os.environ["HUB_PROXY_API_PORT"]
c.JupyterHub.hub_connect_ip = "127.0.0.1"
c.JupyterHub.db_url = "sqlite:///%s/jupyterhub.sqlite" % TMP
c.JupyterHub.cookie_secret_file = "%s/jupyterhub_cookie_secret" % TMP
c.JupyterHub.pid_file = "%s/jupyterhub.pid" % TMP
# GONOTES_DEBUG: each kernel logs the requests it receives and the replies
# it sends, its lines naming it (kernel-<id>), for the report of a student
# whose kernel did not answer.
c.Spawner.environment = dict(c.Spawner.environment, GONOTES_COURSE=os.environ["HUB_COURSE"], GONOTES_DEBUG="1")
if os.geteuid() == 0:
    c.Spawner.args = list(c.Spawner.args) + ["--allow-root"]
c.JupyterHub.services = [{"name": "hub-test", "api_token": os.environ["HUB_TOKEN"]}]
c.JupyterHub.load_roles = [{
    "name": "hub-test", "services": ["hub-test"],
    "scopes": ["admin:users", "admin:servers", "access:servers", "read:users"],
}]
'''


class Hub:
    def __init__(self, tmp):
        self.tmp = tmp
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def start(self):
        bindir = os.path.join(self.tmp, "bin")
        os.makedirs(bindir)
        r = subprocess.run(["go", "build", "-o", os.path.join(bindir, "gonotes"), "."], cwd=ROOT,
                           capture_output=True, text=True)
        assert r.returncode == 0, f"go build failed:\n{r.stderr}"
        shutil.copy(os.path.join(ROOT, "deploy", "image", "gonotes-start"), bindir)
        course = os.path.join(self.tmp, "course")
        os.makedirs(course)
        for name in os.listdir(os.path.join(ROOT, "notebooks")):
            if name.endswith(".ipynb") or name == "README.md":
                shutil.copy(os.path.join(ROOT, "notebooks", name), course)
        config = os.path.join(self.tmp, "hub_test_config.py")
        with open(config, "w") as f:
            f.write(TEST_CONFIG)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "GONOTES_"))}
        env.update(
            PATH=f"{bindir}:/usr/bin:/bin",
            HUB_TMP=self.tmp, HUB_PORT=str(self.port), HUB_HUB_PORT=str(free_port()),
            HUB_PROXY_API_PORT=str(free_port()), HUB_TOKEN=self.token, HUB_COURSE=course,
            HUB_PROJECT_CONFIG=os.path.join(ROOT, "deploy", "jupyterhub", "jupyterhub_config.py"),
            # Debian's configurable-http-proxy finds its modules under
            # /usr/share/nodejs; a node that is not Debian's needs telling.
            NODE_PATH="/usr/share/nodejs",
            LANG="C.UTF-8",
        )
        self.log_path = os.path.join(self.tmp, "hub.log")
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(["jupyterhub", "-f", config], cwd=self.tmp, env=env, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        while True:
            assert self.proc.poll() is None, f"jupyterhub exited {self.proc.returncode}:\n{self.tail()}"
            try:
                self.api("GET", "/hub/api/")
                return
            except (urllib.error.URLError, ConnectionError):
                left()
                time.sleep(0.3)

    def tail(self, n=40):
        with open(self.log_path) as f:
            return "".join(f.readlines()[-n:])

    def api(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, method=method, data=data,
                                     headers={"Authorization": f"token {self.token}",
                                              "Content-Type": "application/json"})
        with OPENER.open(req, timeout=60) as r:
            text = r.read()
            return json.loads(text) if text else None

    def stop(self):
        if not self.proc:
            return
        # The hub stops the servers it spawned when it exits (cleanup_servers).
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()


def student_processes(home):
    """Pids of the processes started in a student's home (server, kernel,
    interpreter): what runs with HOME=home in its environment."""
    want = f"HOME={home}".encode()
    pids = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/environ", "rb") as f:
                if want in f.read().split(b"\0"):
                    pids.append(int(d))
        except OSError:
            pass
    return pids


def rss_kib(pid, field):
    """The process's VmRSS (now) or VmHWM (peak) in KiB; 0 when gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def notebook_cells(nb):
    """The code cells of nb: (source, whether an error is expected)."""
    return [("".join(c["source"]), "raises-exception" in c.get("metadata", {}).get("tags", []))
            for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]


def seed_python_cells(nb):
    """The Python code cells of the seed document nb was translated from
    (notebooks/testdata/seeds, named by nb's metadata.gonotes.seed): each
    `In [n]:` block without the output printed under its code, i.e. the
    longest run of its blank-line-separated paragraphs that parses."""
    import ast
    seed = nb.get("metadata", {}).get("gonotes", {}).get("seed", "")
    path = os.path.join(ROOT, "notebooks", "testdata", "seeds", seed)
    if not seed or not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    blocks, cur = [], None
    for line in text.split("\n"):
        if line.startswith("In [") and line.rstrip().endswith("]:"):
            cur = []
            blocks.append(cur)
        elif cur is not None:
            cur.append(line)
    cells = []
    for lines in blocks:
        paras, para = [], []
        for line in lines:
            para.append(line)
            if not line.strip():
                paras.append(para)
                para = []
        paras.append(para)
        code = ""
        for i in range(len(paras), 0, -1):
            src = "\n".join(l for p in paras[:i] for l in p).strip()
            try:
                ast.parse(src)
            except SyntaxError:
                continue
            code = src
            break
        if code:
            cells.append((code, False))
    return cells


def lost_port(hub, failure):
    """Returns the port a failed kernel (named by failure, kernel-<id>)
    could not bind because another process held it, or None."""
    kid = re.search(r"kernel-[0-9a-f-]{36}", str(failure))
    if not kid:
        return None
    with open(hub.log_path) as f:
        for l in f:
            m = re.search(re.escape(kid.group(0)) + r": .*exits: kernel: listen \w+ on tcp://[\d.]+:(\d+): .*address already in use", l)
            if m:
                return m.group(1)
    return None


async def run_cells(hub, name, kernel_name, cells):
    """Runs cells ((source, error expected) pairs) in a new kernel of
    kernel_name in name's server, through the server's REST and websocket
    API; returns the cells run, the unexpected errors and the kernel's id."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    base = f"{hub.base}/user/{name}"
    # Right after the hub reports a server ready, a request to it was once
    # answered 404 (one student of twenty, in one CI run of four): as a
    # student reloads the page, the test asks again for a while, and says so.
    deadline = time.time() + 30
    while True:
        try:
            kernel = await asyncio.to_thread(hub.api, "POST", f"/user/{name}/api/kernels", {"name": kernel_name})
            break
        except urllib.error.HTTPError as e:
            if e.code not in (404, 502, 503) or time.time() > deadline:
                raise
            print(f"hub: {name}'s server answered {e.code} to starting a kernel; asking again", flush=True)
            await asyncio.sleep(1)
    # Twenty kernels start at once on a small machine: tornado's default
    # 20 s connect and request timeouts are too short for the slowest one.
    wait = min(180.0, left())
    ws = await websocket_connect(HTTPRequest(base.replace("http", "ws", 1) + f"/api/kernels/{kernel['id']}/channels",
                                             headers={"Authorization": f"token {hub.token}"},
                                             connect_timeout=wait, request_timeout=wait))
    session, errors, ran = uuid.uuid4().hex, [], 0
    try:
        for code, error_expected in cells:
            msg_id = uuid.uuid4().hex
            await ws.write_message(json.dumps({
                "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session,
                           "username": name, "version": "5.3"},
                "parent_header": {}, "metadata": {}, "channel": "shell",
                "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                            "allow_stdin": False, "stop_on_error": True}}))
            while True:
                raw = await asyncio.wait_for(ws.read_message(), timeout=left())
                assert raw is not None, f"{name}: the websocket of kernel-{kernel['id']} closed"
                msg = json.loads(raw)
                if msg.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                if msg["msg_type"] == "error" and not error_expected:
                    errors.append(f"{msg['content']['ename']}: {msg['content']['evalue']}")
                if msg["msg_type"] == "execute_reply" and msg.get("channel", "shell") == "shell":
                    ran += 1
                    break
    finally:
        ws.close()
    return ran, errors, kernel["id"]


async def main(hub, names, nb, py_cells):
    # Create the students and start their servers, all at once.
    t0 = time.time()
    await asyncio.to_thread(hub.api, "POST", "/hub/api/users", {"usernames": names})
    await asyncio.gather(*(asyncio.to_thread(hub.api, "POST", f"/hub/api/users/{n}/server") for n in names))
    pending = set(names)
    while pending:
        left()
        for n in list(pending):
            user = await asyncio.to_thread(hub.api, "GET", f"/hub/api/users/{n}")
            server = user.get("servers", {}).get("")
            if server and server.get("ready"):
                pending.discard(n)
        if pending:
            await asyncio.sleep(0.5)
    spawn_time = time.time() - t0
    t1 = time.time()
    # For comparison, the first student's server also runs the seed's
    # Python cells in an ipykernel kernel, alongside.
    py = asyncio.ensure_future(run_cells(hub, names[0], "python3", py_cells)) if py_cells else None
    cells = notebook_cells(nb)
    results = await asyncio.gather(*(run_cells(hub, n, "gonotes", cells) for n in names), return_exceptions=True)
    run_time = time.time() - t1
    py_result = None
    if py:
        py_result = (await asyncio.gather(py, return_exceptions=True))[0]
    return spawn_time, run_time, results, py_result


def test():
    tmp = tempfile.mkdtemp(prefix="gonotes-hub-")
    hub = Hub(tmp)
    failures = []
    try:
        hub.start()
        with open(os.path.join(ROOT, "notebooks", NOTEBOOK)) as f:
            nb = json.load(f)
        cells = len(notebook_cells(nb))
        py_cells = seed_python_cells(nb)
        names = [f"student{i:02d}" for i in range(1, N + 1)]
        spawn_time, run_time, results, py_result = asyncio.run(main(hub, names, nb, py_cells))
        ok = 0
        for i, (name, res) in enumerate(zip(names, results)):
            home = os.path.join(tmp, "homes", name)
            lost = isinstance(res, BaseException) and lost_port(hub, res)
            if lost:
                # jupyter_client picks a kernel's ports per server, by
                # binding port 0 and releasing it; with twenty servers
                # starting kernels at once another server's kernel may take
                # one first, and the restarter keeps the same ports, so the
                # kernel dies. A student restarts it; so does the test.
                print(f"hub: {name}'s kernel lost port {lost} to another server's kernel (jupyter_client picks "
                      "ports per server); a new kernel runs the notebook")
                try:
                    res = results[i] = asyncio.run(run_cells(hub, name, "gonotes", notebook_cells(nb)))
                except Exception as e:  # noqa: BLE001 - reported below
                    res = e
            if isinstance(res, BaseException):
                failures.append(f"{name}: {type(res).__name__}: {res}")
                # What the hub and the student's server logged (a kernel
                # that died or was culled says so there).
                # The kernel's id, if the failure named it (kernel-<id>).
                kid = re.search(r"kernel-[0-9a-f-]{36}", str(res))
                kid = kid.group(0)[len("kernel-"):] if kid else name
                lines = open(hub.log_path).readlines()
                failures.append(f"hub log, lines naming {name} or its kernel {kid}:\n" + "".join(
                    l for l in lines if name in l or kid in l)[-12000:])
                # A kernel that dies says why on its stderr (the server's
                # log), maybe in lines that name no kernel (a Go panic).
                start = next((i for i, l in enumerate(lines) if f"Kernel started: {kid}" in l), None)
                died = next((i for i, l in enumerate(lines) if f"Kernel {kid} died" in l), None)
                if start is not None and died is not None:
                    failures.append(f"hub log from kernel {kid}'s start to its death, without web requests:\n" + "".join(
                        l for l in lines[start:died + 1]
                        if not re.search(r"ConfigProxy| \d{3} (GET|POST|PATCH|DELETE) ", l))[-20000:])
                continue
            ran, errors, _ = res
            if errors or ran != cells:
                failures.append(f"{name}: ran {ran}/{cells} cells, errors {errors}")
                continue
            if not os.path.exists(os.path.join(home, "notebooks", NOTEBOOK)):
                failures.append(f"{name}: gonotes-start did not copy the course into {home}")
                continue
            ok += 1
        # Memory per student: peak RSS of the processes in each home, and
        # the kernel's RSS now that the notebook has run.
        per_student, after = [], []
        ipykernel = None
        for name in names:
            pids = student_processes(os.path.join(tmp, "homes", name))
            kinds, now = {}, 0
            for pid in pids:
                cmd = cmdline(pid)
                if "ipykernel" in cmd:
                    ipykernel = (rss_kib(pid, "VmRSS"), rss_kib(pid, "VmHWM"))
                    continue
                kind = ("kernel" if " kernel " in cmd else "interpreter" if " interp" in cmd
                        else "server" if "jupyterhub-singleuser" in cmd else "other")
                kinds[kind] = kinds.get(kind, 0) + rss_kib(pid, "VmHWM")
                if kind in ("kernel", "interpreter"):
                    now += rss_kib(pid, "VmRSS")
            per_student.append(kinds)
            after.append(now)
        print(f"hub: {ok}/{N} students ran {NOTEBOOK}")
        print(f"hub: {N} servers started in {spawn_time:.1f}s; {N} notebooks ({cells} cells each) ran at once in {run_time:.1f}s")
        if per_student and all(per_student):
            def stat(kind):
                v = sorted(s.get(kind, 0) / 1024 for s in per_student)
                return f"{kind} {v[len(v) // 2]:.0f} MiB (max {v[-1]:.0f})"
            totals = sorted(sum(s.values()) / 1024 for s in per_student)
            print(f"hub: memory per student (peak RSS, median): {stat('server')}, {stat('kernel')}, "
                  f"{stat('interpreter')}; total {totals[len(totals) // 2]:.0f} MiB (max {totals[-1]:.0f})")
        # The comparison with Python: a figure, not an assertion.
        seed = nb.get("metadata", {}).get("gonotes", {}).get("seed", "?")
        if not py_cells:
            print(f"hub: ipykernel comparison skipped: no Python cells found in the seed {seed}")
        elif isinstance(py_result, BaseException) or py_result is None:
            print(f"hub: ipykernel comparison skipped: {type(py_result).__name__}: {py_result}")
        elif ipykernel is None:
            print("hub: ipykernel comparison skipped: its kernel process was not found")
        else:
            ran, errors, _ = py_result
            a = sorted(after)
            note = f"; errors {errors}" if errors else ""
            print(f"hub: kernel memory after {NOTEBOOK} (RSS): gonotes kernel + interpreter "
                  f"{a[len(a) // 2] / 1024:.0f} MiB (median of {N}; max {a[-1] / 1024:.0f}), "
                  f"ipykernel {ipykernel[0] / 1024:.0f} MiB (peak {ipykernel[1] / 1024:.0f}) "
                  f"after the seed's Python cells ({seed}: {ran}/{len(py_cells)} cells ran{note})")
    except Exception as e:  # noqa: BLE001 - report and clean up
        failures.append(f"{type(e).__name__}: {e}")
        if hub.proc:
            failures.append("hub log (last lines):\n" + hub.tail())
    finally:
        hub.stop()
        # Whatever outlived the hub (it stops its servers on exit): ended here.
        for name in os.listdir(os.path.join(tmp, "homes")) if os.path.isdir(os.path.join(tmp, "homes")) else []:
            for pid in student_processes(os.path.join(tmp, "homes", name)):
                try:
                    os.kill(pid, signal.SIGKILL)
                    failures.append(f"{name}: pid {pid} outlived the hub: {cmdline(pid)[:80]}")
                except OSError:
                    pass
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("FAIL hub-test:\n" + "\n".join(failures[:25]))
        sys.exit(1)


if __name__ == "__main__":
    test()
