import subprocess

r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(r.stdout, r.stderr, r.returncode)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout, r.returncode)
print(r)
