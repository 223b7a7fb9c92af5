"""Browser test of gonotes widgets: the state a real kernel sends renders in
headless Chromium with a real widgets front end.

A gonotes kernel (driven by Debian's jupyter_client) creates widgets in a
cell and changes a value from a goroutine; the test applies the comm
messages it receives as a front end does (comm_open creates a model,
comm_msg "update" changes it), writes a page with that widget state for
@jupyter-widgets/html-manager (the npm package that renders widget state in
a plain page, with the ipywidgets 8 controls), renders it with
`chromium --headless --dump-dom` and checks what a user would see.

Run with Debian's python3 (make widgets-browser-test); GONOTES_BIN names the
binary, WIDGETS_EMBED_JS the html-manager's dist/embed.js (the Makefile
installs it with npm). Prints 'N passed, N failed'.
"""

import html
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

BIN = os.environ.get("GONOTES_BIN") or shutil.which("gonotes")
EMBED = os.environ.get("WIDGETS_EMBED_JS")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not EMBED or not os.path.exists(EMBED) or not CHROMIUM:
    print("skipped: needs WIDGETS_EMBED_JS (html-manager's dist/embed.js) and chromium")
    sys.exit(0)

TMP = tempfile.mkdtemp(prefix="gonotes-widgets-")
PREFIX = os.path.join(TMP, "prefix")
subprocess.run([BIN, "install", "--prefix", PREFIX], check=True, stdout=subprocess.DEVNULL)
os.environ["JUPYTER_PATH"] = os.path.join(PREFIX, "share", "jupyter")
os.environ["JUPYTER_DATA_DIR"] = os.path.join(TMP, "data")
os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(TMP, "runtime")

km = KernelManager(kernel_name="gonotes")
km.start_kernel()
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=30)

models = {}  # model id -> state, as the front end has it
views = []   # model ids displayed, in order


def run(code, timeout=30):
    """Execute code, applying its comm messages to models; return stdout."""
    msg_id = kc.execute(code)
    out = ""
    deadline = time.time() + timeout
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=0.1)
        except queue.Empty:
            if time.time() > deadline:
                raise TimeoutError(code)
            continue
        t, c = msg["msg_type"], msg["content"]
        if t == "comm_open" and c["target_name"] == "jupyter.widget":
            models[c["comm_id"]] = dict(c["data"]["state"])
        elif t == "comm_msg" and c["data"].get("method") == "update":
            models[c["comm_id"]].update(c["data"]["state"])
        elif t in ("display_data", "execute_result") and msg["parent_header"].get("msg_id") == msg_id:
            v = c["data"].get("application/vnd.jupyter.widget-view+json")
            if v:
                views.append(v["model_id"])
        elif t == "stream" and msg["parent_header"].get("msg_id") == msg_id:
            out += c["text"]
        elif t == "error":
            raise AssertionError(c)
        if t == "status" and c["execution_state"] == "idle" and msg["parent_header"].get("msg_id") == msg_id:
            return out


def render():
    """Render every displayed view in Chromium; return the page's DOM."""
    state = {"version_major": 2, "version_minor": 0, "state": {
        mid: {"model_name": s["_model_name"], "model_module": s["_model_module"],
              "model_module_version": s["_model_module_version"], "state": s}
        for mid, s in models.items()}}
    page = os.path.join(TMP, "page.html")
    with open(page, "w") as f:
        f.write('<!DOCTYPE html><html><head><meta charset="utf-8">\n')
        f.write(f'<script src="file://{html.escape(EMBED)}"></script>\n')
        f.write('<script type="application/vnd.jupyter.widget-state+json">' + json.dumps(state) + "</script>\n")
        f.write("</head><body>\n")
        for mid in views:
            view = {"version_major": 2, "version_minor": 0, "model_id": mid}
            f.write('<script type="application/vnd.jupyter.widget-view+json">' + json.dumps(view) + "</script>\n")
        f.write("</body></html>\n")
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                          "--virtual-time-budget=10000", "--dump-dom", "file://" + page],
                         check=True, capture_output=True, text=True, timeout=120).stdout
    # What the page shows, without the state and view scripts themselves.
    return re.sub(r"<script.*?</script>", "", dom, flags=re.S)


failed = 0
try:
    run('import (\n\t"github.com/gonotes/gonotes/lib/display"\n\t"github.com/gonotes/gonotes/lib/widgets"\n)\n'
        'bar := &widgets.IntProgress{Max: 4, Description: "진행"}\n'
        'sl := &widgets.IntSlider{Max: 10, Description: "크기"}\n'
        'h := widgets.NewHTML("<b id=\\"greeting\\">안녕</b>")\n'
        'btn := &widgets.Button{Description: "눌러 보세요"}\n'
        'display.Display(bar)\ndisplay.Display(sl)\ndisplay.Display(h)\nbtn')
    # Values set from Go, from a goroutine: the front end's state follows.
    run('done := make(chan bool)\n'
        'go func() { bar.SetValue(3); sl.SetValue(6); h.SetValue("<b id=\\"greeting\\">바뀜</b>"); done <- true }()\n'
        '<-done')
    # What a function prints inside Output.Capture shows in the Output widget.
    run('import "fmt"\nout := &widgets.Output{}\ndisplay.Display(out)\n'
        'out.Capture(func() { fmt.Println("출력 위젯 안에서") })')
    dom = render()
    checks = {
        "five views rendered": dom.count("jupyter-widgets ") >= 5 and len(views) == 5,
        "progress bar at 3/4": re.search(r'class="progress-bar"[^>]*width: 75%', dom) is not None,
        "progress description": "진행" in dom,
        "slider readout 6": re.search(r'widget-readout[^>]*>6<', dom) is not None,
        "HTML value from Go": 'id="greeting">바뀜</b>' in dom,
        "button label": "눌러 보세요" in dom,
        "output widget shows the captured print": re.search(r'widget-output.*출력 위젯 안에서', dom, re.S) is not None,
    }
    for name, ok in checks.items():
        print(("ok   " if ok else "FAIL ") + name, flush=True)
        failed += not ok
    if failed:
        with open(os.path.join(TMP, "dom.html"), "w") as f:
            f.write(dom)
        print("DOM kept in", os.path.join(TMP, "dom.html"))
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=False)
print(f"{len(checks) - failed} passed, {failed} failed", flush=True)
os._exit(1 if failed else 0)
