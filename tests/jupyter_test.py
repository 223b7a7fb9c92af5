"""Integration test with real Jupyter: Debian's jupyter_client, nbclient and
nbconvert drive the installed gonotes kernelspec.

Run with Debian's python3 (make jupyter-test); GONOTES_BIN names the binary.
Prints 'N passed, N failed' and exits non-zero on any failure.
"""

import json
import os
import queue
import shutil
import subprocess
import tempfile
import time
import traceback

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

BIN = os.environ.get("GONOTES_BIN") or shutil.which("gonotes")
HERE = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="gonotes-jupyter-")
PREFIX = os.path.join(TMP, "prefix")
subprocess.run([BIN, "install", "--prefix", PREFIX], check=True, stdout=subprocess.DEVNULL)
os.environ["JUPYTER_PATH"] = os.path.join(PREFIX, "share", "jupyter")
os.environ["JUPYTER_DATA_DIR"] = os.path.join(TMP, "data")
os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(TMP, "runtime")

results = []


def test(fn):
    name = fn.__name__
    try:
        fn()
        results.append((name, None))
        print(f"ok   {name}", flush=True)
    except Exception:  # noqa: BLE001 - report every failure
        results.append((name, traceback.format_exc()))
        print(f"FAIL {name}\n{traceback.format_exc()}", flush=True)
    return fn


def iopub_of(msg_id, timeout=30, client=None, stdin=None):
    """The iopub messages of request msg_id, until its idle status; stdin,
    if given, answers each input request with its prompt."""
    client = client or kc
    seen = []
    deadline = time.time() + timeout
    while True:
        if stdin is not None:
            try:
                req = client.get_stdin_msg(timeout=0.05)
                client.input(stdin(req["content"]["prompt"]))
            except queue.Empty:
                pass
        try:
            msg = client.get_iopub_msg(timeout=0.1)
        except queue.Empty:
            if time.time() > deadline:
                raise TimeoutError(f"no idle after {timeout}s for {msg_id}")
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return seen
        seen.append(msg)


def run(kc, code, timeout=30, stdin=None):
    """Execute code; return (reply content, outputs as (type, content))."""
    msg_id = kc.execute(code, allow_stdin=stdin is not None)
    outputs = [(m["msg_type"], m["content"]) for m in iopub_of(msg_id, timeout, kc, stdin)
               if m["msg_type"] in ("stream", "execute_result", "display_data", "error", "clear_output")]
    reply = shell_reply(msg_id, timeout)
    return reply["content"], outputs


def shell_reply(msg_id, timeout=30):
    """The shell reply to msg_id, skipping replies to earlier requests."""
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"]["msg_id"] == msg_id:
            return reply


def text(outputs, kind="stream"):
    out = ""
    for t, c in outputs:
        if t == kind == "stream":
            out += c["text"]
        elif t == kind:
            out += c["data"]["text/plain"]
    return out


km = KernelManager(kernel_name="gonotes")
km.start_kernel()
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=30)


@test
def kernel_info():
    kc.kernel_info()
    info = kc.get_shell_msg(timeout=10)["content"]
    assert info["implementation"] == "gonotes", info
    assert info["language_info"]["name"] == "go", info
    assert info["language_info"]["file_extension"] == ".go", info


@test
def mixed_cell_and_persistence():
    reply, outs = run(kc, 'import "fmt"\nx := 21\nfunc double(n int) int { return n * 2 }\nfmt.Println("hello", x)\ndouble(x)')
    assert reply["status"] == "ok", reply
    assert text(outs) == "hello 21\n", outs
    assert text(outs, "execute_result") == "42", outs
    reply, outs = run(kc, "x + 1")
    assert text(outs, "execute_result") == "22", outs


@test
def error_reply():
    reply, outs = run(kc, "y := undefinedThing + 1")
    assert reply["status"] == "error", reply
    errs = [c for t, c in outs if t == "error"]
    assert errs and "undefinedThing" in errs[0]["evalue"], outs


@test
def goroutine_panic_survives():
    reply, outs = run(kc, 'done := make(chan bool)\ngo func() { defer close(done); panic("boom") }()\n<-done\nimport "time"\ntime.Sleep(50 * time.Millisecond)')
    assert "boom" in text(outs) or any("boom" in json.dumps(c) for _, c in outs), outs
    reply, outs = run(kc, "x")
    assert text(outs, "execute_result") == "21", outs


@test
def stdin_input():
    reply, outs = run(kc, 'import "bufio"\nimport "os"\nline, _ := bufio.NewReader(os.Stdin).ReadString(\'\\n\')\nfmt.Print("got ", line)', stdin=lambda p: "gopher")
    assert reply["status"] == "ok", (reply, outs)
    assert "got gopher" in text(outs), outs


@test
def interrupt_infinite_loop():
    msg_id = kc.execute("n := 0\nfor {\n\tn++\n}")
    time.sleep(0.5)
    km.interrupt_kernel()
    reply = shell_reply(msg_id, 10)
    assert reply["content"]["status"] == "error", reply["content"]
    assert reply["content"]["ename"] == "KeyboardInterrupt", reply["content"]
    reply, outs = run(kc, "x")
    assert text(outs, "execute_result") == "21", outs


@test
def display_messages():
    msg_id = kc.execute('import "github.com/gonotes/gonotes/lib/display"\n'
                        'h := display.NewHandle()\n'
                        'h.Display(display.HTML("<b>1</b>"))\n'
                        'h.Update(display.HTML("<b>2</b>"))\n'
                        'display.SVG(`<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>`)')
    seen = [(m["msg_type"], m["content"]) for m in iopub_of(msg_id, 10)
            if m["msg_type"] in ("display_data", "update_display_data", "execute_result", "error")]
    assert shell_reply(msg_id)["content"]["status"] == "ok"
    kinds = [t for t, _ in seen]
    assert kinds == ["display_data", "update_display_data", "execute_result"], seen
    first, update, result = (c for _, c in seen)
    assert first["data"]["text/html"] == "<b>1</b>", first
    assert update["data"]["text/html"] == "<b>2</b>", update
    assert first["transient"]["display_id"] and first["transient"]["display_id"] == update["transient"]["display_id"], seen
    assert "image/svg+xml" in result["data"] and "text/plain" in result["data"], result


@test
def help_page():
    # IPython's obj? / obj??: the docs as a "page" payload, nothing run.
    reply, outs = run(kc, "double?")
    page = [p for p in reply["payload"] if p["source"] == "page"]
    assert page and "func double(n int) int" in page[0]["data"]["text/plain"], reply
    reply, outs = run(kc, "strings.ToUpper?")
    page = [p for p in reply["payload"] if p["source"] == "page"]
    assert page and "ToUpper" in page[0]["data"]["text/plain"], reply
    reply, outs = run(kc, "nothing_here?")
    assert reply["status"] == "ok" and reply["payload"] == [], reply
    assert text(outs) == "Object `nothing_here` not found.\n", outs


@test
def clear_output():
    code = ('import "github.com/gonotes/gonotes/lib/display"\n'
            'for i := 1; i <= 3; i++ { display.ClearOutput(true); fmt.Printf("step %d\\n", i) }')
    reply, outs = run(kc, code)
    assert reply["status"] == "ok", reply
    kinds = [(t, c.get("wait", c.get("text"))) for t, c in outs if t in ("clear_output", "stream")]
    assert [k for k in kinds if k[0] == "clear_output"] == [("clear_output", True)] * 3, kinds
    assert "".join(c for t, c in kinds if t == "stream") == "step 1\nstep 2\nstep 3\n", kinds
    assert kinds[-2:] == [("clear_output", True), ("stream", "step 3\n")], kinds


def front_end_send(msg_type, content):
    """Send a comm message on shell as a front end does; return its iopub."""
    msg = kc.session.send(kc.shell_channel.socket, msg_type, content)
    return iopub_of(msg["header"]["msg_id"])


@test
def widgets_comms():
    code = ('import "github.com/gonotes/gonotes/lib/widgets"\n'
            'wbar := &widgets.IntProgress{Max: 5}\n'
            'wbtn := &widgets.Button{Description: "go"}\n'
            'wbtn.OnClick(func() { wbar.Add(1); fmt.Println("click", wbar.Value()) })\n'
            'display.Display(wbar)\n'
            'wbtn')
    msg_id = kc.execute(code)
    msgs = iopub_of(msg_id)
    assert shell_reply(msg_id)["content"]["status"] == "ok", msgs
    opens = {m["content"]["data"]["state"]["_model_name"]: m for m in msgs if m["msg_type"] == "comm_open"}
    bar, btn = opens["IntProgressModel"], opens["ButtonModel"]
    assert bar["content"]["target_name"] == "jupyter.widget" and bar["metadata"]["version"] == "2.1.0", bar
    assert bar["content"]["data"]["state"]["max"] == 5, bar
    views = [m["content"]["data"]["application/vnd.jupyter.widget-view+json"]["model_id"]
             for m in msgs if m["msg_type"] in ("display_data", "execute_result")]
    assert views == [bar["content"]["comm_id"], btn["content"]["comm_id"]], views
    # A click sent as the browser sends it reaches the Go callback, whose
    # value change comes back as a state update.
    got = front_end_send("comm_msg", {"comm_id": btn["content"]["comm_id"],
                                      "data": {"method": "custom", "content": {"event": "click"}}})
    printed = "".join(m["content"]["text"] for m in got if m["msg_type"] == "stream")
    assert printed == "click 1\n", got
    updates = [m["content"]["data"] for m in got if m["msg_type"] == "comm_msg"]
    assert updates == [{"method": "update", "state": {"value": 1}, "buffer_paths": []}], updates
    msg_id = kc.comm_info(target_name="jupyter.widget")
    comms = shell_reply(msg_id)["content"]["comms"]
    assert comms[bar["content"]["comm_id"]] == {"target_name": "jupyter.widget"}, comms


@test
def fatal_error_survives():
    # "concurrent map writes" is fatal for any Go program: here it ends the
    # kernel's interpreter process, not the kernel Jupyter started.
    pid = km.provisioner.process.pid
    crash = ('m := map[int]int{}\nimport "sync"\nvar wg sync.WaitGroup\n'
             'for g := 0; g < 4; g++ {\n\twg.Add(1)\n'
             '\tgo func() { defer wg.Done(); for i := 0; i < 50000000; i++ { m[i%100] = i } }()\n}\nwg.Wait()')
    reply, outs = run(kc, crash)
    assert reply["status"] == "error", reply
    assert reply["ename"] == "fatal error" and "concurrent map" in reply["evalue"], reply
    assert km.is_alive() and km.provisioner.process.pid == pid, "the kernel process changed"
    reply, outs = run(kc, "double(5)")
    assert text(outs, "execute_result") == "10", (reply, outs)


@test
def replayed_message_runs_once():
    # A signed execute_request sent twice (as someone who saw it on the wire
    # could): the kernel runs it once, as jupyter_client's signature history
    # would make an ipykernel do.
    reply, outs = run(kc, "var replays = 0")
    assert reply["status"] == "ok", reply
    msg = kc.session.msg("execute_request", {"code": "replays++", "silent": False, "store_history": True,
                                             "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    frames = kc.session.serialize(msg)
    for _ in range(2):
        kc.shell_channel.socket.send_multipart(frames)
    reply, outs = run(kc, "replays")
    assert text(outs, "execute_result") == "1", outs


@test
def restart():
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=30)
    reply, outs = run(kc, "1 + 1")
    assert text(outs, "execute_result") == "2", outs


@test
def history_across_restart():
    # The restart above began a new session; the first session's cells are
    # still listed and searchable, with their numbers, as in IPython.
    run(kc, "func double(n int) int { return 2 * n }")
    run(kc, "double(4)")
    msg_id = kc.history(hist_access_type="tail", n=2, output=True)
    hist = shell_reply(msg_id)["content"]["history"]
    assert [h[2] for h in hist] == [["func double(n int) int { return 2 * n }", None], ["double(4)", "8"]], hist
    session = hist[-1][0]
    msg_id = kc.history(hist_access_type="range", session=-1, start=1, stop=2, raw=True, output=False)
    first = shell_reply(msg_id)["content"]["history"]
    assert first[0][0] == session - 1 and first[0][1] == 1 and first[0][2].startswith('import "fmt"'), first
    msg_id = kc.history(hist_access_type="search", pattern="double(*", unique=True)
    found = [h[2] for h in shell_reply(msg_id)["content"]["history"]]
    assert found == ["double(5)", "double(4)"], found


@test
def magics_and_shell_lines():
    # IPython's lines: never parsed as Go, mixed with Go lines in a cell.
    reply, outs = run(kc, 'n := 6\n!echo shell {n*7} $n\nfmt.Println("go", n)')
    assert reply["status"] == "ok", reply
    assert text(outs) == "shell 42 6\ngo 6\n", outs
    reply, outs = run(kc, "%%time\nfmt.Println(n)")
    assert reply["status"] == "ok", reply
    lines = text(outs).splitlines()
    assert lines[0] == "6" and lines[1].startswith("CPU times: user ") and lines[2].startswith("Wall time: "), outs
    reply, outs = run(kc, "%timeit -n 10 -r 3 n * 2")
    assert reply["status"] == "ok", reply
    assert text(outs).endswith(" per loop (mean \u00b1 std. dev. of 3 runs, 10 loops each)\n"), outs
    reply, outs = run(kc, "%lsmagic")
    assert "%timeit" in text(outs) and "%%time" in text(outs), outs
    reply, outs = run(kc, "%nope")
    assert reply["status"] == "error" and reply["ename"] == "UsageError" and "%env" in reply["evalue"], reply
    reply, outs = run(kc, "%env?")
    page = [p for p in reply["payload"] if p["source"] == "page"]
    assert page and "%env [NAME[=value]]" in page[0]["data"]["text/plain"], reply
    msg_id = kc.complete("%ls", 3)
    comp = shell_reply(msg_id)["content"]
    assert comp["matches"] == ["%lsmagic"] and comp["cursor_start"] == 0, comp
    msg_id = kc.is_complete("!ls -l\nfor i := 0; i < 3; i++ {")
    assert shell_reply(msg_id)["content"]["status"] == "incomplete"


@test
def install_name_display_name_env():
    # ipykernel's install flags: a second kernelspec, its environment set by Jupyter.
    subprocess.run([BIN, "install", "--prefix", PREFIX, "--name", "Go-Env", "--display-name", "Go with env",
                    "--env", "GONOTES_SPEC_A", "from spec", "--env", "GONOTES_SPEC_B=2"],
                   check=True, stdout=subprocess.DEVNULL)
    spec = KernelSpecManager().get_all_specs()["go-env"]["spec"]
    assert spec["display_name"] == "Go with env", spec
    assert spec["env"] == {"GONOTES_SPEC_A": "from spec", "GONOTES_SPEC_B": "2"}, spec
    km2 = KernelManager(kernel_name="go-env")
    km2.start_kernel()
    kc2 = km2.client()
    kc2.start_channels()
    try:
        kc2.wait_for_ready(timeout=30)
        msg_id = kc2.execute('fmt.Println(os.Getenv("GONOTES_SPEC_A"), os.Getenv("GONOTES_SPEC_B"))')
        printed = "".join(m["content"]["text"] for m in iopub_of(msg_id, 30, kc2) if m["msg_type"] == "stream")
        assert printed == "from spec 2\n", printed
    finally:
        kc2.stop_channels()
        km2.shutdown_kernel(now=True)


@test
def nbconvert_execute():
    src = os.path.join(HERE, "testdata", "smoke.ipynb")
    out = os.path.join(TMP, "smoke.out.ipynb")
    subprocess.run(
        ["jupyter", "nbconvert", "--to", "notebook", "--execute", "--output", out,
         "--ExecutePreprocessor.kernel_name=gonotes", "--ExecutePreprocessor.timeout=60", src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    with open(out) as f:
        nb = json.load(f)
    printed = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"])
    assert "스레드 완료" in printed, printed


kc.stop_channels()
km.shutdown_kernel(now=False)
shutil.rmtree(TMP, ignore_errors=True)
failed = sum(1 for _, e in results if e)
print(f"{len(results) - failed} passed, {failed} failed", flush=True)
# os._exit skips jupyter_client's noisy finalizers at interpreter shutdown.
os._exit(1 if failed else 0)
