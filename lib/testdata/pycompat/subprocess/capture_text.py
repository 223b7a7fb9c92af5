import subprocess

r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], capture_output=True, text=True)
print(r)
print(repr(r.stdout), repr(r.stderr))
