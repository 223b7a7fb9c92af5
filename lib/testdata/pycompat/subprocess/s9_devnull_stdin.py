import subprocess

r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout, r.returncode)
r = subprocess.run(["sh", "-c", "echo visible; echo hidden >&2"], stderr=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)
