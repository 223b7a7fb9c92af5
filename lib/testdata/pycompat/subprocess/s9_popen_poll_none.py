import subprocess

p = subprocess.Popen(["sleep", "0.2"])
print(p.poll(), p.returncode)
print(p.wait(), p.poll(), p.returncode)
q = subprocess.Popen(["sh", "-c", "exit 3"])
q.wait()
print(q.returncode, q.poll())
