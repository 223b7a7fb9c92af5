import subprocess

cmd = ["sh", "-c", "echo out; echo err >&2; echo out2"]
r = subprocess.run(cmd, capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
print(repr(r.stdout), r.stderr)
