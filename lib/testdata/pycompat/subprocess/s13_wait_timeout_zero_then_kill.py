import subprocess

p = subprocess.Popen(["sleep", "30"])
for t in (0, -1, 0.1):
    try:
        p.wait(timeout=t)
    except subprocess.TimeoutExpired as e:
        print(type(e).__name__ + ":", e, "| cmd", e.cmd, "timeout", e.timeout, "output", e.output)
print("poll", p.poll(), "returncode", p.returncode)
p.kill()
print("wait", p.wait(timeout=5), "poll", p.poll())
