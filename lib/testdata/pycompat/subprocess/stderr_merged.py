import subprocess

r = subprocess.run(["sh", "-c", "echo one; echo two >&2; echo three"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
