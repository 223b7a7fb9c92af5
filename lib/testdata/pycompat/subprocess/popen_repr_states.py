import subprocess

p = subprocess.Popen(["sh", "-c", "exit 3"])
p.wait()
print(repr(p))
q = subprocess.Popen("exit 0", shell=True)
q.wait()
print(repr(q))
