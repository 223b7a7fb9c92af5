import subprocess

r = subprocess.run(["seq", "1", "100000"], capture_output=True, text=True)
lines = r.stdout.splitlines()
print(len(lines), lines[0], lines[-1], len(r.stdout))
r = subprocess.run(["sh", "-c", "seq 1 50000 >&2"], capture_output=True)
print(len(r.stderr), r.stdout)
