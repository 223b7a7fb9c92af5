import subprocess

r = subprocess.run(["sh", "-c", "echo 1; echo 2 >&2; echo 3; echo 4 >&2"], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, text=True)
print(r.stdout.splitlines(), r.stderr, r.returncode)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, repr(r.stderr))
