"""Host-side test of the Dockerfile and of binder/ (no Docker engine needed).

What a machine without Docker can check, it checks for real:

- the Dockerfile's rules, read from the file: pinned base images, a static
  Go build in a builder stage, a non-root uid 1000 user, notebooks in the
  home folder, the kernelspec installed for that user, EXPOSE 8888, the
  Jupyter command, no secrets; the build context that .dockerignore leaves;
  hadolint when it is installed;
- a replay of the Dockerfile on the host: its COPY, WORKDIR, ENV and RUN
  steps run as written, each stage in a folder standing for its file
  system (only the root-only system steps, apt-get and useradd, are checked
  instead of run); then a notebook of the image's notebooks/ is executed with
  `jupyter nbconvert --execute` as the image's user would, and the image's
  CMD is started to see that it serves the notebooks with a token;
- the image under a hub: Debian's jupyterhub-singleuser runs (--help)
  through the image's entrypoint, and the entrypoint
  (deploy/image/gonotes-start) gives an empty home volume the course and
  the kernelspec, and keeps a student's edits at the next start; with a
  Docker engine, the same on the built image (uid 1000 included);
- binder/ by repo2docker's rules, its postBuild run as written into a
  temporary NB_PYTHON_PREFIX, and a notebook executed with that install.

Run with Debian's python3 (make docker-test). GONOTES_DOCKER_NOTEBOOK names
the notebook to execute (default: a course notebook, else the smoke one).
Prints 'N passed, N failed, N skipped' and exits non-zero on any failure.
"""

import glob
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOCKERFILE = os.path.join(ROOT, "Dockerfile")
BINDER = os.path.join(ROOT, "binder")
TMP = tempfile.mkdtemp(prefix="gonotes-docker-")
JUPYTER = os.environ.get("JUPYTER", "/usr/bin/jupyter")
PYTHON = "/usr/bin/python3"  # the python of Debian's Jupyter
# Course notebooks preferred for the executed notebook, in order.
COURSE_NOTEBOOKS = ["01-processes-and-threads.ipynb"]

results = []  # (name, None | "skip: why" | traceback)
tests = []  # in the order of the file, run at the end


class Skip(Exception):
    """A check that cannot run on this machine."""


def test(fn):
    tests.append(fn)
    return fn


def run_test(fn):
    name = fn.__name__
    start = time.time()
    try:
        fn()
        results.append((name, None))
        print(f"ok   {name} ({time.time() - start:.1f}s)", flush=True)
    except Skip as e:
        results.append((name, f"skip: {e}"))
        print(f"skip {name}: {e}", flush=True)
    except Exception:  # noqa: BLE001 - report every failure
        results.append((name, traceback.format_exc()))
        print(f"FAIL {name}\n{traceback.format_exc()}", flush=True)


# ---------------------------------------------------------------- Dockerfile


class Instruction:
    def __init__(self, keyword, args, line):
        self.keyword = keyword.upper()
        self.args = args
        self.line = line

    def json_args(self):
        """The exec (JSON) form's list, or None for the shell form."""
        try:
            v = json.loads(self.args)
        except ValueError:
            return None
        return v if isinstance(v, list) else None

    def flags_and_words(self):
        """Splits COPY-like arguments into --flags and the other words."""
        words = shlex.split(self.args)
        flags = {}
        while words and words[0].startswith("--"):
            k, _, v = words.pop(0)[2:].partition("=")
            flags[k] = v
        return flags, words

    def __repr__(self):
        return f"line {self.line}: {self.keyword} {self.args}"


class Stage:
    def __init__(self, image, name, line):
        self.image = image
        self.name = name
        self.line = line
        self.instructions = []


def parse_dockerfile(path):
    """Returns the stages of a Dockerfile: logical lines joined, comments out."""
    stages = []
    with open(path) as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        start = i + 1
        line = lines[i].strip()
        i += 1
        if not line or line.startswith("#"):
            continue
        while line.endswith("\\") and i < len(lines):
            nxt = lines[i].strip()
            i += 1
            if nxt.startswith("#"):
                continue
            line = line[:-1].rstrip() + " " + nxt
        keyword, _, args = line.partition(" ")
        ins = Instruction(keyword, args.strip(), start)
        if ins.keyword == "FROM":
            words = ins.args.split()
            words = [w for w in words if not w.startswith("--")]
            name = words[2] if len(words) >= 3 and words[1].upper() == "AS" else None
            stages.append(Stage(words[0], name, start))
        elif not stages:
            if ins.keyword != "ARG":
                raise AssertionError(f"{ins!r} before the first FROM")
        else:
            stages[-1].instructions.append(ins)
    return stages


STAGES = parse_dockerfile(DOCKERFILE)
FINAL = STAGES[-1]


def final(keyword):
    return [i for i in FINAL.instructions if i.keyword == keyword]


def created_user():
    """(name, uid) of the user that a useradd/adduser RUN of the final stage creates."""
    for ins in final("RUN"):
        for cmd in re.split(r"&&|;", ins.args):
            words = shlex.split(cmd)
            if not words or words[0] not in ("useradd", "adduser"):
                continue
            uid = None
            for j, w in enumerate(words):
                if w in ("--uid", "-u") and j + 1 < len(words):
                    uid = words[j + 1]
                elif w.startswith("--uid="):
                    uid = w.split("=", 1)[1]
            return words[-1], uid
    return None, None


def go_mod_versions():
    """The go and toolchain versions that go.mod asks for."""
    want = []
    with open(os.path.join(ROOT, "go.mod")) as f:
        for line in f:
            m = re.match(r"^(go|toolchain)\s+(?:go)?(\d+\.\d+(?:\.\d+)?)\s*$", line.strip())
            if m:
                want.append(m.group(2))
    return want


def vtuple(v):
    return tuple(int(x) for x in v.split("."))


PINNED_TAG = re.compile(r"(\d+\.\d+\.\d+|\d{8})")


@test
def dockerfile_base_images_are_pinned():
    assert len(STAGES) >= 2, "the Dockerfile should be multi-stage (a Go builder, then the runtime)"
    names = {s.name for s in STAGES if s.name}
    for s in STAGES:
        image = s.image
        if image in names:
            continue
        if "@sha256:" in image:
            continue
        repo, sep, tag = image.rpartition(":")
        assert sep and "/" not in tag, f"line {s.line}: FROM {image} has no tag"
        assert tag != "latest", f"line {s.line}: FROM {image} uses latest"
        assert PINNED_TAG.search(tag), (
            f"line {s.line}: FROM {image}: the tag moves; use a full version "
            "(golang:1.26.8-bookworm) or a dated one (debian:bookworm-20260918-slim)")


@test
def dockerfile_go_image_fits_go_mod():
    go_images = [s.image for s in STAGES if s.image.split("/")[-1].startswith("golang:")]
    assert go_images, "no golang: builder stage"
    tag = go_images[0].split(":", 1)[1].split("@")[0]
    m = re.match(r"(\d+\.\d+\.\d+)", tag)
    assert m, f"golang tag {tag} has no full Go version"
    image_go = m.group(1)
    for want in go_mod_versions():
        assert vtuple(image_go) >= vtuple(want), f"golang:{tag} is older than go.mod's {want}"
        assert vtuple(image_go)[:2] == vtuple(want)[:2], f"golang:{tag} is another Go release than go.mod's {want}"
    host = subprocess.run(["go", "env", "GOVERSION"], capture_output=True, text=True).stdout.strip()
    if host and host != "go" + image_go:
        print(f"     note: the host's Go is {host}, the image's go{image_go}")


@test
def dockerfile_builds_a_static_binary():
    build = STAGES[0]
    runs = [i.args for i in build.instructions if i.keyword == "RUN" and "go build" in i.args]
    assert runs, "the builder stage has no RUN ... go build"
    assert any(re.search(r"\bCGO_ENABLED=0\b", r) for r in runs), "go build without CGO_ENABLED=0: the binary would need the builder's libc"
    copies = [i for i in final("COPY") if i.flags_and_words()[0].get("from") in (build.name, "0")]
    assert copies, "the runtime stage copies nothing from the builder stage"


@test
def dockerfile_runs_as_uid_1000():
    user, uid = created_user()
    assert user, "the runtime stage creates no user (useradd)"
    assert uid == "1000", f"user {user} has uid {uid}, want 1000 (Binder's and the Jupyter images' jovyan)"
    users = final("USER")
    assert users, "no USER: the container would run as root"
    last = users[-1].args.split(":")[0]
    assert last in (user, "1000"), f"the last USER is {last}, want {user}"
    # Everything after the last USER runs as that user, including CMD.
    assert users[-1].line < final("CMD")[-1].line


@test
def dockerfile_installs_kernelspec_and_notebooks_for_the_user():
    user, _ = created_user()
    home = f"/home/{user}"
    workdir, after_user, found_install, found_notebooks = "/", False, False, False
    for ins in FINAL.instructions:
        if ins.keyword == "WORKDIR":
            workdir = os.path.normpath(os.path.join(workdir, ins.args))
        elif ins.keyword == "USER":
            after_user = ins.args.split(":")[0] in (user, "1000")
        elif ins.keyword == "RUN" and re.search(r"\bgonotes install --user\b", ins.args):
            assert after_user, f"{ins!r} runs as root: the kernelspec would land in /root"
            found_install = True
        elif ins.keyword == "COPY":
            flags, words = ins.flags_and_words()
            if any(os.path.normpath(w).split("/")[0] == "notebooks" for w in words[:-1]):
                dest = os.path.normpath(os.path.join(workdir, words[-1]))
                if dest == image_course_dir():
                    continue  # the course's copy for a hub's home volume (dockerfile_provides_the_hub_entry_points)
                assert dest.startswith(home + "/"), f"{ins!r}: notebooks go to {dest}, not under {home}"
                assert flags.get("chown", "").split(":")[0] in (user, "1000"), f"{ins!r}: the notebooks would belong to root"
                found_notebooks = True
    assert found_install, "no RUN gonotes install --user"
    assert found_notebooks, "notebooks/ is not copied into the home folder"
    assert workdir.startswith(home), f"the final WORKDIR {workdir} is not in {home}"


@test
def dockerfile_serves_jupyter_on_8888():
    exposed = [p for i in final("EXPOSE") for p in i.args.split()]
    assert "8888" in exposed or "8888/tcp" in exposed, f"EXPOSE {exposed}, want 8888"
    cmd = final("CMD")[-1].json_args()
    assert cmd, "CMD should use the exec (JSON) form, so that signals reach Jupyter"
    assert cmd[:2] == ["jupyter", "notebook"], f"CMD {cmd}"
    for arg in ("--ip=0.0.0.0", "--port=8888", "--no-browser"):
        assert arg in cmd, f"CMD lacks {arg}: {cmd}"
    entry = final("ENTRYPOINT")
    if entry:
        argv = entry[-1].json_args()
        assert argv, "ENTRYPOINT should use the exec (JSON) form"
        if os.path.basename(argv[0]) == "tini":
            assert "tini" in apt_packages(), "ENTRYPOINT tini, but the image does not install tini"


SECRET_WORDS = re.compile(r"(token|password|passwd|secret|api[_-]?key|credential)", re.I)


def secret_findings(path, text):
    bad = []
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if re.search(r"(NotebookApp|ServerApp|IdentityProvider)\.(token|password)", s):
            bad.append(f"{path}:{n}: sets Jupyter's token or password: {s}")
        m = re.match(r"^(ENV|ARG)\s+(.*)$", s, re.I)
        if m:
            words = shlex.split(m.group(2))
            keys = [w.split("=")[0] for w in words] if "=" in m.group(2) else words[:1]
            for k in keys:
                if SECRET_WORDS.search(k):
                    bad.append(f"{path}:{n}: a secret in {m.group(1)} {k}")
        if re.search(r"\bJUPYTER_(TOKEN|PASSWORD)\b", s):
            bad.append(f"{path}:{n}: sets JUPYTER_TOKEN or JUPYTER_PASSWORD: {s}")
        for word in re.findall(r"[A-Za-z0-9+/_-]{32,}", s):
            if re.search(r"[0-9]", word) and re.search(r"[A-Za-z]", word) and "sha256" not in s:
                bad.append(f"{path}:{n}: a long key-like string: {word[:12]}…")
    return bad


@test
def no_secrets_baked_in():
    bad = []
    paths = [DOCKERFILE, os.path.join(ROOT, ".dockerignore")] + sorted(glob.glob(os.path.join(BINDER, "*")))
    for p in paths:
        with open(p, errors="replace") as f:
            bad += secret_findings(os.path.relpath(p, ROOT), f.read())
    for rel in docker_context():
        base = os.path.basename(rel)
        if base in (".env", "id_rsa", "id_ed25519", ".netrc", ".npmrc", ".pypirc") or base.endswith((".pem", ".key")):
            bad.append(f"the build context holds {rel}")
    assert not bad, "\n".join(bad)


# ------------------------------------------------------------ build context


def dockerignore_patterns():
    pats = []
    path = os.path.join(ROOT, ".dockerignore")
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            exclude = not line.startswith("!")
            p = line.lstrip("!").strip()
            p = os.path.normpath(p).lstrip("/")
            pats.append((pattern_regex(p), exclude, line))
    return pats


def pattern_regex(p):
    """Docker's .dockerignore pattern (Go filepath.Match plus **) as a regex."""
    out, i = "^", 0
    while i < len(p):
        c = p[i]
        if c == "*":
            if p[i + 1:i + 2] == "*":
                i += 1
                if p[i + 1:i + 2] == "/":
                    i += 1
                    out += "(.*/)?"
                else:
                    out += ".*"
            else:
                out += "[^/]*"
        elif c == "?":
            out += "[^/]"
        elif c == "\\" and i + 1 < len(p):
            i += 1
            out += re.escape(p[i])
        elif c == "[":
            j = p.find("]", i)
            if j < 0:
                out += re.escape(c)
            else:
                out += p[i:j + 1].replace("[!", "[^")
                i = j
        else:
            out += re.escape(c)
        i += 1
    return re.compile(out + "$")


def ignored(rel, patterns):
    """Whether Docker leaves rel out of the context: the last pattern that
    matches rel or one of its parent folders decides."""
    parts = rel.split("/")
    prefixes = ["/".join(parts[:k]) for k in range(1, len(parts) + 1)]
    result = False
    for rx, exclude, _ in patterns:
        if any(rx.match(p) for p in prefixes):
            result = exclude
    return result


_context = None


def docker_context():
    """The files (relative paths) that `docker build .` sends."""
    global _context
    if _context is None:
        patterns = dockerignore_patterns()
        has_exceptions = any(not ex for _, ex, _ in patterns)
        files = []
        for dirpath, dirnames, filenames in os.walk(ROOT):
            rel_dir = os.path.relpath(dirpath, ROOT)
            rel_dir = "" if rel_dir == "." else rel_dir + "/"
            if not has_exceptions:
                dirnames[:] = [d for d in dirnames if not ignored(rel_dir + d, patterns)]
            for name in filenames:
                rel = rel_dir + name
                if not ignored(rel, patterns):
                    files.append(rel)
        _context = sorted(files)
    return _context


@test
def dockerignore_keeps_what_the_build_needs():
    ctx = set(docker_context())
    for need in ("go.mod", "go.sum", "main.go"):
        assert need in ctx, f".dockerignore leaves out {need}"
    notebooks = sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
    for nb in notebooks:
        assert nb in ctx, f".dockerignore leaves out {nb}"
    for gone in (".git/HEAD", "bin/gonotes"):
        if os.path.exists(os.path.join(ROOT, gone)):
            assert gone not in ctx, f"the build context holds {gone}"
    size = sum(os.path.getsize(os.path.join(ROOT, r)) for r in ctx)
    print(f"     build context: {len(ctx)} files, {size / 1e6:.1f} MB")
    assert size < 50e6, f"the build context is {size / 1e6:.0f} MB"


@test
def hadolint():
    exe = shutil.which("hadolint")
    if not exe:
        raise Skip("hadolint is not installed (Debian 12 does not package it)")
    r = subprocess.run([exe, DOCKERFILE], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


# ----------------------------------------------------------------- replay


def host_go_env():
    env = {}
    for k in ("GOCACHE", "GOMODCACHE"):
        v = subprocess.run(["go", "env", k], capture_output=True, text=True).stdout.strip()
        if v:
            env[k] = v
    return env


def copy_into(src, dest):
    """cp -a src dest, where dest is a file path or a folder for src's contents."""
    if os.path.isdir(src):
        shutil.copytree(src, dest, dirs_exist_ok=True, symlinks=True)
    else:
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copy2(src, dest)


def apt_packages():
    pkgs = []
    for ins in final("RUN"):
        for cmd in re.split(r"&&|;", ins.args):
            words = shlex.split(cmd)
            if words[:1] == ["apt-get"] and "install" in words:
                pkgs += [w for w in words[words.index("install") + 1:] if not w.startswith("-")]
    return pkgs


SYSTEM_STEPS = ("apt-get", "useradd", "adduser", "groupadd", "addgroup")


class Replay:
    """Runs the Dockerfile's stages on the host, each in a folder standing for
    its root file system."""

    def __init__(self, base):
        self.base = base
        self.context = os.path.join(base, "context")
        for rel in docker_context():
            copy_into(os.path.join(ROOT, rel), os.path.join(self.context, rel))
        self.roots = {}
        self.log = []

    def root(self, stage_index):
        return os.path.join(self.base, f"stage{stage_index}")

    def run(self):
        for n, stage in enumerate(STAGES):
            self.run_stage(n, stage)

    def run_stage(self, n, stage):
        root = self.root(n)
        os.makedirs(root, exist_ok=True)
        if stage.name:
            self.roots[stage.name] = root
        self.roots[str(n)] = root
        workdir, user, env = "/", "root", {}
        if stage.image.split("/")[-1].startswith("golang:"):
            env["GOTOOLCHAIN"] = "local"  # as the golang image sets it
        for ins in stage.instructions:
            k = ins.keyword
            if k == "WORKDIR":
                workdir = os.path.normpath(os.path.join(workdir, ins.args))
                os.makedirs(root + workdir, exist_ok=True)
            elif k == "ENV":
                for kv in shlex.split(ins.args):
                    key, _, value = kv.partition("=")
                    env[key] = value
            elif k == "USER":
                user = ins.args.split(":")[0]
            elif k == "COPY":
                self.copy(ins, root, workdir)
            elif k == "RUN":
                self.run_step(ins, root, workdir, user, env)
            elif k in ("EXPOSE", "CMD", "ENTRYPOINT", "LABEL", "ARG", "HEALTHCHECK", "STOPSIGNAL"):
                pass
            else:
                raise AssertionError(f"the replay does not know {ins!r}")
        stage.workdir, stage.user, stage.env = workdir, user, env

    def copy(self, ins, root, workdir):
        flags, words = ins.flags_and_words()
        srcs, dest = words[:-1], words[-1]
        src_root = self.roots[flags["from"]] if "from" in flags else self.context
        dest_path = root + os.path.normpath(os.path.join(workdir, dest))
        for src in srcs:
            matches = glob.glob(os.path.join(src_root, src.lstrip("/")))
            assert matches, f"{ins!r}: {src} is not in the {'stage' if 'from' in flags else 'build context'}"
            for m in matches:
                if os.path.isdir(m):
                    copy_into(m, dest_path)
                elif dest.endswith("/") or len(srcs) > 1 or os.path.isdir(dest_path):
                    copy_into(m, os.path.join(dest_path, os.path.basename(m)))
                else:
                    copy_into(m, dest_path)
        self.log.append(f"COPY {ins.args}")

    def run_step(self, ins, root, workdir, user, env):
        first = shlex.split(ins.args)[0]
        if first in SYSTEM_STEPS:
            # Root-only system setup: checked by the other tests, not run here.
            if first in ("useradd", "adduser"):
                name, _ = created_user()
                os.makedirs(f"{root}/home/{name}", exist_ok=True)
            self.log.append(f"(checked, not run) RUN {ins.args}")
            return
        for w in shlex.split(ins.args):
            if w.startswith("/") or re.match(r"^-\w+=/", w):
                raise AssertionError(
                    f"{ins!r} names an absolute path ({w}); use paths relative to WORKDIR so that this replay runs it as written")
        home = f"{root}/home/{user}" if user != "root" else f"{root}/root"
        os.makedirs(home, exist_ok=True)
        run_env = {
            "PATH": f"{root}/usr/local/bin:{root}/usr/bin:" + os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "USER": user,
            "LANG": "C.UTF-8",
            "TMPDIR": tempfile.gettempdir(),
        }
        run_env.update(host_go_env())
        run_env.update(env)
        r = subprocess.run(["/bin/sh", "-c", ins.args], cwd=root + workdir, env=run_env, capture_output=True, text=True)
        self.log.append(f"RUN {ins.args}")
        assert r.returncode == 0, f"{ins!r} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}"


REPLAY = None
REPLAY_ERROR = None


def replay():
    """The replay of the Dockerfile, run once; its failure fails every test
    that needs it."""
    global REPLAY, REPLAY_ERROR
    if REPLAY_ERROR:
        raise AssertionError(f"the replay of the Dockerfile failed: {REPLAY_ERROR}")
    if REPLAY is None:
        try:
            r = Replay(os.path.join(TMP, "docker"))
            r.run()
        except Exception as e:
            REPLAY_ERROR = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise
        REPLAY = r
    return REPLAY


def assert_static(binary):
    r = subprocess.run(["go", "version", "-m", binary], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert re.search(r"build\s+CGO_ENABLED=0", r.stdout), f"{binary} was not built with CGO_ENABLED=0:\n{r.stdout}"
    with open(binary, "rb") as f:
        head = f.read(64)
    assert head[:4] == b"\x7fELF", f"{binary} is not an ELF executable"
    r = subprocess.run(["ldd", binary], capture_output=True, text=True)
    assert "not a dynamic executable" in (r.stdout + r.stderr) or "statically linked" in (r.stdout + r.stderr), \
        f"{binary} is dynamically linked:\n{r.stdout}{r.stderr}"


def check_kernelspec(kernel_dir, binary):
    path = os.path.join(kernel_dir, "kernel.json")
    assert os.path.exists(path), f"no kernelspec at {path}"
    with open(path) as f:
        spec = json.load(f)
    assert spec["argv"] == [binary, "kernel", "{connection_file}"], spec["argv"]
    assert spec["display_name"] == "Go (gonotes)", spec
    assert spec["language"] == "go", spec
    assert spec.get("interrupt_mode") == "message", spec
    assert os.access(binary, os.X_OK), f"{binary} is not executable"


@test
def docker_replay_builds_and_installs():
    r = replay()
    for line in r.log:
        print("     " + line)
    root = r.root(len(STAGES) - 1)
    user, _ = created_user()
    home = f"{root}/home/{user}"
    binary = f"{root}/usr/local/bin/gonotes"
    assert_static(binary)
    check_kernelspec(f"{home}/.local/share/jupyter/kernels/gonotes", binary)
    want = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
    have = sorted(os.path.basename(p) for p in glob.glob(os.path.join(home, "notebooks", "*.ipynb")))
    assert have == want, f"notebooks in the image: {have}, in the repository: {want}"
    assert root + FINAL.workdir == f"{home}/notebooks", f"the image starts in {FINAL.workdir}"


@test
def docker_apt_packages_are_debian_12s():
    pkgs = apt_packages()
    assert "jupyter-notebook" in pkgs, f"the image does not install Debian's jupyter-notebook: {pkgs}"
    missing = []
    for p in pkgs:
        r = subprocess.run(["apt-cache", "show", "--no-all-versions", p], capture_output=True, text=True)
        if r.returncode != 0 or not r.stdout.strip():
            missing.append(p)
    if missing and len(missing) == len(pkgs):
        raise Skip("apt-cache knows no package here (run apt-get update)")
    assert not missing, f"Debian has no package {missing}"
    v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "jupyter-notebook"], capture_output=True, text=True).stdout
    print(f"     the host's jupyter-notebook, as in the image: {v or 'not installed'}")


def choose_notebook(folder):
    """A course notebook from folder, else the smoke notebook (copied in)."""
    want = os.environ.get("GONOTES_DOCKER_NOTEBOOK")
    if want:
        src = os.path.abspath(want)
        dest = os.path.join(folder, os.path.basename(src))
        if not os.path.exists(dest):
            shutil.copy(src, dest)
        return dest
    for name in COURSE_NOTEBOOKS:
        if os.path.exists(os.path.join(folder, name)):
            return os.path.join(folder, name)
    found = sorted(glob.glob(os.path.join(folder, "*.ipynb")))
    if found:
        return found[0]
    dest = os.path.join(folder, "smoke.ipynb")
    shutil.copy(os.path.join(ROOT, "tests", "testdata", "smoke.ipynb"), dest)
    return dest


def clean_env(**extra):
    """The environment of a user of the image: no JUPYTER_* from the caller."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER_", "GONOTES_", "IPYTHONDIR"))}
    env["LANG"] = "C.UTF-8"
    env.update(extra)
    return env


def execute_notebook(nb, env, kernel_dir):
    """jupyter nbconvert --execute, with the kernelspec that env makes Jupyter find."""
    # What `jupyter kernelspec list` says (Debian puts that command in the
    # jupyter-client package, which Jupyter does not need).
    r = subprocess.run(
        [PYTHON, "-c", "import json; from jupyter_client.kernelspec import KernelSpecManager as M; "
                       "print(json.dumps(M().find_kernel_specs()))"],
        env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    found = json.loads(r.stdout).get("gonotes")
    assert found and os.path.realpath(found) == os.path.realpath(kernel_dir), \
        f"Jupyter finds the gonotes kernelspec at {found}, want {kernel_dir}"
    out = os.path.join(TMP, os.path.basename(nb).replace(".ipynb", f".{os.getpid()}.out.ipynb"))
    r = subprocess.run(
        [JUPYTER, "nbconvert", "--to", "notebook", "--execute", "--output", out,
         "--ExecutePreprocessor.timeout=300", nb],
        cwd=os.path.dirname(nb), env=env, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, f"nbconvert --execute {os.path.basename(nb)} failed:\n{failure_report(r.stderr)}"
    with open(out) as f:
        done = json.load(f)
    code = [c for c in done["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]
    assert code, "no code cell"
    for c in code:
        assert c.get("execution_count"), f"a cell did not run: {''.join(c['source'])[:80]}"
        errors = [o for o in c["outputs"] if o["output_type"] == "error"]
        tags = c.get("metadata", {}).get("tags", [])
        assert not errors or "raises-exception" in tags, f"error output: {errors[0].get('ename')}: {errors[0].get('evalue')}"
    print(f"     executed {os.path.basename(nb)}: {len(code)} code cells")


def failure_report(stderr):
    """What matters in nbconvert's stderr: the kernel's own report (a panic,
    a fatal error, its log lines), then nbconvert's last lines."""
    lines = stderr.splitlines()
    kernel = [i for i, l in enumerate(lines) if re.match(r"^(panic: |fatal error: |gonotes: |goroutine \d+ \[)", l)]
    out = []
    if kernel:
        out += lines[kernel[0]:kernel[0] + 40] + ["…"]
    out += lines[-15:]
    return "\n".join(out)


@test
def docker_image_executes_a_notebook():
    r = replay()
    root = r.root(len(STAGES) - 1)
    user, _ = created_user()
    home = f"{root}/home/{user}"
    nb = choose_notebook(root + FINAL.workdir)
    env = clean_env(HOME=home, USER=user, PATH=f"{root}/usr/local/bin:/usr/bin:/bin")
    execute_notebook(nb, env, f"{home}/.local/share/jupyter/kernels/gonotes")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Straight to localhost, whatever http_proxy says.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def http_get(url, token=None):
    req = urllib.request.Request(url)
    if token:
        req.add_header("Authorization", f"token {token}")
    with OPENER.open(req, timeout=10) as resp:
        return resp.status, json.loads(resp.read() or b"null")


@test
def docker_cmd_serves_the_notebooks_with_a_token():
    r = replay()
    root = r.root(len(STAGES) - 1)
    user, _ = created_user()
    home = f"{root}/home/{user}"
    cmd = final("CMD")[-1].json_args()
    port = free_port()
    # The image's command, bound to localhost on a free port instead of
    # 0.0.0.0:8888 (ENTRYPOINT tini only forwards signals).
    argv = [{"--ip=0.0.0.0": "--ip=127.0.0.1", "--port=8888": f"--port={port}"}.get(a, a) for a in cmd]
    argv[0] = JUPYTER
    if os.geteuid() == 0:
        argv.append("--allow-root")  # the image runs it as jovyan
    env = clean_env(HOME=home, USER=user, PATH=f"{root}/usr/local/bin:/usr/bin:/bin")
    log_path = os.path.join(TMP, "cmd.log")
    with open(log_path, "w") as log:
        p = subprocess.Popen(argv, cwd=root + FINAL.workdir, env=env, stdout=log, stderr=subprocess.STDOUT,
                             start_new_session=True)
    try:
        token, deadline = None, time.time() + 60
        while token is None:
            assert p.poll() is None, f"jupyter exited {p.returncode}:\n{open(log_path).read()}"
            assert time.time() < deadline, f"no token URL in the log:\n{open(log_path).read()}"
            m = re.search(r"http://127\.0\.0\.1:%d/\S*\?token=([0-9a-f]+)" % port, open(log_path).read())
            if m:
                token = m.group(1)
            else:
                time.sleep(0.2)
        base = f"http://127.0.0.1:{port}"
        try:
            http_get(base + "/api/contents")
            raise AssertionError("the server answers without the token")
        except urllib.error.HTTPError as e:
            assert e.code in (401, 403), e
        _, specs = http_get(base + "/api/kernelspecs", token)
        assert "gonotes" in specs["kernelspecs"], specs["kernelspecs"].keys()
        assert specs["kernelspecs"]["gonotes"]["spec"]["display_name"] == "Go (gonotes)"
        _, listing = http_get(base + "/api/contents", token)
        names = {c["name"] for c in listing["content"]}
        want = {os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb"))}
        assert want <= names, f"the server lists {sorted(names)}, want {sorted(want)}"
        print(f"     {' '.join(cmd)} serves {len(want)} notebooks, token required")
    finally:
        os.killpg(p.pid, signal.SIGTERM)
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()


ENTRYPOINT_SCRIPT = os.path.join(ROOT, "deploy", "image", "gonotes-start")


def image_course_dir():
    """Where the image keeps its copy of the course (the COPY of notebooks/
    to a folder outside the home), from the Dockerfile."""
    user, _ = created_user()
    for ins in final("COPY"):
        flags, words = ins.flags_and_words()
        dest = words[-1]
        if any(w.startswith("notebooks/") for w in words[:-1]) and not dest.startswith("/home/") and dest.startswith("/"):
            return os.path.normpath(dest)
    return None


@test
def dockerfile_provides_the_hub_entry_points():
    assert "jupyterhub" in apt_packages(), "the image does not install Debian's jupyterhub (jupyterhub-singleuser)"
    argv = final("ENTRYPOINT")[-1].json_args()
    assert argv and os.path.basename(argv[-1]) == "gonotes-start", f"ENTRYPOINT {argv}: want tini -- gonotes-start"
    copies = [i for i in final("COPY") if "deploy/image/gonotes-start" in i.args]
    assert copies, "the image does not COPY deploy/image/gonotes-start"
    assert image_course_dir(), "the image keeps no copy of the course outside the home (a hub's volume hides ~/notebooks)"
    assert os.access(ENTRYPOINT_SCRIPT, os.X_OK), "deploy/image/gonotes-start is not executable"
    tracked = subprocess.run(["git", "ls-files", "-s", "deploy/image/gonotes-start"], cwd=ROOT,
                             capture_output=True, text=True).stdout
    assert tracked.startswith("100755"), f"git does not record gonotes-start as executable: {tracked!r}"


@test
def docker_image_runs_jupyterhub_singleuser():
    r = replay()
    root = r.root(len(STAGES) - 1)
    user, _ = created_user()
    exe = "/usr/bin/jupyterhub-singleuser"  # what Debian's jupyterhub installs, in the image as here
    if not os.path.exists(exe):
        raise Skip("Debian's jupyterhub is not installed on this host (apt-get install jupyterhub)")
    env = clean_env(HOME=f"{root}/home/{user}", USER=user, PATH=f"{root}/usr/local/bin:/usr/bin:/bin")
    # Through the image's entrypoint, as a hub's spawner starts it.
    p = subprocess.run([f"{root}/usr/local/bin/gonotes-start", "jupyterhub-singleuser", "--help"],
                       cwd=root + FINAL.workdir, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, f"jupyterhub-singleuser --help failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}"
    assert "--hub-api-url" in p.stdout or "hub_api_url" in p.stdout.lower(), p.stdout[:2000]
    v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "jupyterhub"], capture_output=True, text=True).stdout
    print(f"     jupyterhub-singleuser --help works (the host's jupyterhub {v}, as in the image)")


@test
def docker_entrypoint_gives_an_empty_home_the_course():
    r = replay()
    root = r.root(len(STAGES) - 1)
    user, _ = created_user()
    course = root + image_course_dir()
    want = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
    assert sorted(os.path.basename(p) for p in glob.glob(os.path.join(course, "*.ipynb"))) == want
    # A hub's home volume: an empty folder over /home/jovyan.
    home = os.path.join(TMP, "hub-volume", user)
    os.makedirs(home)
    env = clean_env(HOME=home, USER=user, GONOTES_COURSE=course, PATH=f"{root}/usr/local/bin:/usr/bin:/bin")
    entry = f"{root}/usr/local/bin/gonotes-start"

    def start():
        p = subprocess.run([entry, "sh", "-c", 'echo "started $0 $1"; exit 7', "a", "b c"], cwd=home, env=env,
                           capture_output=True, text=True, timeout=60)
        assert (p.returncode, p.stdout) == (7, "started a b c\n"), (p.returncode, p.stdout, p.stderr)
        assert p.stderr == "", p.stderr

    start()
    have = sorted(os.path.basename(p) for p in glob.glob(os.path.join(home, "notebooks", "*.ipynb")))
    assert have == want, f"first start: the home has {have}, want {want}"
    assert os.path.exists(os.path.join(home, "notebooks", "README.md"))
    check_kernelspec(f"{home}/.local/share/jupyter/kernels/gonotes", f"{root}/usr/local/bin/gonotes")
    # A student edits one notebook and deletes another; the next start keeps
    # the edit and brings back the deleted one.
    edited = os.path.join(home, "notebooks", want[0])
    with open(edited) as f:
        nb = json.load(f)
    nb["cells"].insert(0, {"cell_type": "markdown", "metadata": {}, "source": ["a student's note"]})
    with open(edited, "w") as f:
        json.dump(nb, f)
    with open(edited, "rb") as f:
        edited_bytes = f.read()
    os.remove(os.path.join(home, "notebooks", want[-1]))
    start()
    with open(edited, "rb") as f:
        assert f.read() == edited_bytes, "the second start overwrote the student's edit"
    with open(os.path.join(home, "notebooks", want[-1]), "rb") as f, open(os.path.join(course, want[-1]), "rb") as g:
        assert f.read() == g.read(), "the deleted notebook did not come back as the original"
    print(f"     an empty home got {len(have)} notebooks and the kernelspec; a second start kept the edit")


def docker_engine():
    exe = shutil.which("docker")
    if not exe:
        return None
    r = subprocess.run([exe, "info"], capture_output=True, text=True)
    return exe if r.returncode == 0 else None


DOCKER_IMAGE = os.environ.get("GONOTES_DOCKER_IMAGE", "gonotes:docker-test")


@test
def docker_engine_runs_the_image_as_a_hub_would():
    """With a Docker engine: the built image itself (GONOTES_DOCKER_IMAGE names
    one already built; else it is built once from the Dockerfile)."""
    docker = docker_engine()
    if not docker:
        raise Skip("no Docker engine here (the replay above checks the same on the host)")
    if "GONOTES_DOCKER_IMAGE" not in os.environ:
        b = subprocess.run([docker, "build", "-t", DOCKER_IMAGE, ROOT], capture_output=True, text=True, timeout=3600)
        assert b.returncode == 0, b.stderr[-3000:]

    def run(*args, volume=None):
        argv = [docker, "run", "--rm"]
        if volume:
            argv += ["-v", f"{volume}:/home/jovyan"]
        p = subprocess.run(argv + [DOCKER_IMAGE, *args], capture_output=True, text=True, timeout=300)
        assert p.returncode == 0, f"docker run {' '.join(args)}: {p.returncode}\n{p.stdout}\n{p.stderr}"
        return p.stdout

    assert run("id", "-u").strip() == "1000"
    assert "--hub-api-url" in run("jupyterhub-singleuser", "--help")
    # An empty host folder as the hub's home volume (a bind mount: Docker does
    # not fill it from the image, as it would an empty named volume).
    vol = os.path.join(TMP, "engine-volume")
    os.makedirs(vol)
    os.chown(vol, 1000, 1000) if os.geteuid() == 0 else os.chmod(vol, 0o777)
    want = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
    names = run("ls", "/home/jovyan/notebooks", volume=vol).split()
    assert set(want) <= set(names), f"the home volume got {names}, want {want}"
    run("sh", "-c", f"echo edited > /home/jovyan/notebooks/{want[0]}", volume=vol)
    assert run("cat", f"/home/jovyan/notebooks/{want[0]}", volume=vol) == "edited\n", "a second start overwrote the edit"
    subprocess.run(["chmod", "-R", "a+rwX", vol], capture_output=True)
    print(f"     {DOCKER_IMAGE}: uid 1000, jupyterhub-singleuser, the course in an empty home, edits kept")


# ------------------------------------------------------------------ binder


def read_script(name):
    with open(os.path.join(BINDER, name)) as f:
        return f.read()


def commands(script):
    """The non-blank, non-comment lines of a shell script."""
    return [l.strip() for l in script.splitlines() if l.strip() and not l.strip().startswith("#")]


@test
def binder_follows_repo2docker_rules():
    assert os.path.isdir(BINDER), "no binder/ folder"
    assert not os.path.exists(os.path.join(ROOT, ".binder")), "binder/ and .binder/ both exist: repo2docker refuses that"
    assert not os.path.exists(os.path.join(BINDER, "Dockerfile")), \
        "binder/Dockerfile would make repo2docker ignore environment.yml, postBuild and start"
    env = parse_environment_yml(os.path.join(BINDER, "environment.yml"))
    assert "conda-forge" in env["channels"], env
    deps = {d.split("=")[0]: d for d in env["dependencies"] if isinstance(d, str)}
    assert "go" in deps, f"environment.yml does not install conda-forge's go: {env['dependencies']}"
    m = re.match(r"^go\s*={1,2}\s*(\d+\.\d+\.\d+)$", deps["go"])
    assert m, f"pin go to an exact version, not {deps['go']!r}"
    for want in go_mod_versions():
        if want.count(".") == 2 and vtuple(want) > vtuple(m.group(1)):
            print(f"     note: go.mod asks for go {want}; Binder's go {m.group(1)} will fetch that toolchain")
        assert vtuple(m.group(1))[:2] == vtuple(want)[:2], f"binder's go {m.group(1)} is another release than go.mod's {want}"
    assert "python" in deps and re.match(r"^python\s*={1,2}\s*3\.\d+", deps["python"]), "pin python's version"
    for name in ("postBuild", "start"):
        path = os.path.join(BINDER, name)
        assert os.access(path, os.X_OK), f"binder/{name} is not executable"
        text = read_script(name)
        assert text.startswith("#!"), f"binder/{name} has no #! line"
        first = commands(text)[0]
        assert re.match(r"^set -[a-z]*e", first), f"binder/{name} does not start with set -e: {first}"
    assert commands(read_script("start"))[-1] == 'exec "$@"', 'binder/start must end with exec "$@"'
    tracked = subprocess.run(["git", "ls-files", "-s", "binder/postBuild", "binder/start"], cwd=ROOT,
                             capture_output=True, text=True).stdout.split("\n")
    for line in filter(None, tracked):
        assert line.startswith("100755"), f"git does not record binder's script as executable: {line}"


def parse_environment_yml(path):
    try:
        import yaml  # Debian's python3-yaml, a Jupyter dependency
        with open(path) as f:
            return yaml.safe_load(f)
    except ImportError:
        env, key = {"channels": [], "dependencies": []}, None
        with open(path) as f:
            for line in f:
                s = line.split("#")[0].rstrip()
                if re.match(r"^\w", s):
                    key = s.split(":")[0]
                elif s.strip().startswith("- ") and key in env:
                    env[key].append(s.strip()[2:].strip())
        return env


@test
def shellcheck_binder_and_entrypoint_scripts():
    exe = shutil.which("shellcheck")
    if not exe:
        raise Skip("shellcheck is not installed (apt-get install shellcheck)")
    r = subprocess.run([exe, os.path.join(BINDER, "postBuild"), os.path.join(BINDER, "start"), ENTRYPOINT_SCRIPT],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


BINDER_HOME = os.path.join(TMP, "binder", "home", "jovyan")
BINDER_PREFIX = os.path.join(TMP, "binder", "srv", "conda", "envs", "notebook")


def binder_env():
    return clean_env(
        HOME=BINDER_HOME, USER="jovyan", NB_USER="jovyan", REPO_DIR=BINDER_HOME,
        NB_PYTHON_PREFIX=BINDER_PREFIX, CONDA_DIR=os.path.dirname(os.path.dirname(BINDER_PREFIX)),
        PATH=f"{BINDER_PREFIX}/bin:" + os.environ.get("PATH", "/usr/bin:/bin"),
    )


@test
def binder_postbuild_builds_and_installs():
    # repo2docker copies the repository (its committed files) into the home
    # folder and runs binder/postBuild there as jovyan.
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split("\n")
    for rel in filter(None, files):
        src = os.path.join(ROOT, rel)
        if os.path.isfile(src):
            copy_into(src, os.path.join(BINDER_HOME, rel))
    os.makedirs(os.path.join(BINDER_PREFIX, "bin"), exist_ok=True)
    env = binder_env()
    env.update(host_go_env())  # postBuild keeps a caller's caches: no downloads here
    env.pop("GOFLAGS", None)
    r = subprocess.run(["./binder/postBuild"], cwd=BINDER_HOME, env=env, capture_output=True, text=True)
    assert r.returncode == 0, f"postBuild failed ({r.returncode}):\n{r.stdout}\n{r.stderr}"
    binary = os.path.join(BINDER_PREFIX, "bin", "gonotes")
    assert_static(binary)
    check_kernelspec(os.path.join(BINDER_PREFIX, "share", "jupyter", "kernels", "gonotes"), binary)
    for leftover in ("go", ".cache/go-build"):
        assert not os.path.exists(os.path.join(BINDER_HOME, leftover)), f"postBuild leaves ~/{leftover} in the image"


@test
def binder_postbuild_cleans_its_caches():
    # Without a caller's caches, postBuild downloads into a scratch folder and
    # removes it: run just that part with a module cache of one module.
    script = read_script("postBuild")
    assert 'trap cleanup EXIT' in script and 'rm -rf "$scratch"' in script, "postBuild does not remove its scratch folder"
    home = os.path.join(TMP, "binder-clean")
    os.makedirs(home)
    env = clean_env(HOME=home, NB_PYTHON_PREFIX=os.path.join(home, "prefix"), PATH="/nonexistent:/usr/bin:/bin",
                    TMPDIR=os.path.join(home, "tmp"))
    os.makedirs(env["TMPDIR"])
    r = subprocess.run(["bash", os.path.join(BINDER, "postBuild")], cwd=home, env=env, capture_output=True, text=True)
    # With no go on PATH, the script stops at `go version`, after setting up
    # the scratch folder: set -e works, and the trap removes the folder.
    assert r.returncode != 0, "postBuild went on without go"
    assert os.listdir(env["TMPDIR"]) == [], f"postBuild left {os.listdir(env['TMPDIR'])} behind"


@test
def binder_start_hands_over():
    start = os.path.join(BINDER, "start")
    r = subprocess.run([start, "sh", "-c", 'echo "started $0 $1"; exit 7', "a", "b c"], capture_output=True, text=True)
    assert r.returncode == 7 and r.stdout == "started a b c\n", (r.returncode, r.stdout, r.stderr)


@test
def binder_executes_a_notebook():
    if not os.path.exists(os.path.join(BINDER_PREFIX, "bin", "gonotes")):
        raise AssertionError("postBuild did not run (see binder_postbuild_builds_and_installs)")
    # Jupyter finds sys.prefix/share/jupyter of the notebook environment;
    # here that prefix is a folder, so JUPYTER_PATH names it.
    env = binder_env()
    env["JUPYTER_PATH"] = os.path.join(BINDER_PREFIX, "share", "jupyter")
    nb = choose_notebook(os.path.join(BINDER_HOME, "notebooks"))
    execute_notebook(nb, env, os.path.join(BINDER_PREFIX, "share", "jupyter", "kernels", "gonotes"))


def cleanup():
    subprocess.run(["chmod", "-R", "u+w", TMP], capture_output=True)
    shutil.rmtree(TMP, ignore_errors=True)


for t in tests:
    run_test(t)
cleanup()
failed = sum(1 for _, e in results if e and not e.startswith("skip:"))
skipped = sum(1 for _, e in results if e and e.startswith("skip:"))
print(f"{len(results) - failed - skipped} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
