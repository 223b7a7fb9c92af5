import subprocess

p = subprocess.Popen(["sh", "-c", "echo early; exec sleep 30"], stdout=subprocess.PIPE, text=True)
for t in (0, -1, 0.3):
    try:
        p.communicate(timeout=t)
    except subprocess.TimeoutExpired as e:
        print(type(e).__name__ + ":", e, "| timeout", e.timeout)
p.kill()
out, err = p.communicate()
print(repr(out), err, p.returncode)
