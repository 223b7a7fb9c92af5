import subprocess

p = subprocess.Popen(["sleep", "0.2"])
print(p.poll(), p.returncode)
print(p.wait())
print(p.poll(), p.returncode)
q = subprocess.Popen(["sh", "-c", "exit 4"])
print(q.wait())
