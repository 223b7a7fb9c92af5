import subprocess

with subprocess.Popen(["sh", "-c", "echo in-with; exit 6"], stdout=subprocess.PIPE, text=True) as p:
    line = p.stdout.readline()
print(repr(line), p.returncode, p.stdout.closed)
with subprocess.Popen(["true"]) as q:
    pass
print(q.returncode, q.poll())
