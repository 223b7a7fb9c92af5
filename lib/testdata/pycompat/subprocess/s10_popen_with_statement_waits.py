import subprocess

with subprocess.Popen(["sh", "-c", "echo in-with; exit 3"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.poll())
with subprocess.Popen(["true"]) as q:
    pass
print(q.returncode)
