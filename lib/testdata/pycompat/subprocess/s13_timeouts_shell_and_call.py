import subprocess

for name, call in (("run shell", lambda: subprocess.run("sleep 5", shell=True, capture_output=True, timeout=0.3)),
                   ("call", lambda: subprocess.call(["sleep", "5"], timeout=0.3)),
                   ("check_call", lambda: subprocess.check_call(["sleep", "5"], timeout=0.25))):
    try:
        call()
    except subprocess.TimeoutExpired as e:
        print(name, "->", type(e).__name__ + ":", e, "| timeout", e.timeout)
p = subprocess.Popen(["sh", "-c", "exit 4"])
print("wait(timeout=5):", p.wait(timeout=5))
print(repr(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.DEVNULL, text=True)))
