import subprocess

p = subprocess.Popen(["sleep", "30"])
print(repr(p))
p.kill()
p.wait()
print(repr(p))
q = subprocess.Popen("exit 3", shell=True)
q.wait()
print(repr(q))
