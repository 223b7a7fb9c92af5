import subprocess

p = subprocess.Popen(["sh", "-c", "exit 2"])
p.wait()
print(p)
q = subprocess.Popen(["true"])
q.wait()
print(q)
