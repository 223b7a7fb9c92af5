import subprocess

r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r)
r = subprocess.run(["sh", "-c", "echo visible >&2; echo hidden"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
print(r)
print(r.stdout is None, repr(r.stderr))
