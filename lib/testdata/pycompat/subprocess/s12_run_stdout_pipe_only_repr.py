import subprocess
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(r)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
print(r)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 1"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
print(r)
print(r.stdout.splitlines(), r.stderr)
