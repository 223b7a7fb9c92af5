import subprocess

r = subprocess.run(["echo", "quick"], capture_output=True, text=True, timeout=30)
print(repr(r.stdout), r.returncode)
out = subprocess.check_output(["echo", "fast"], timeout=30)
print(out)
p = subprocess.Popen(["true"])
print(p.wait(timeout=30))
