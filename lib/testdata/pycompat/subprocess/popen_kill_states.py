import subprocess

p = subprocess.Popen(["sleep", "30"])
print(p.returncode, p.poll())
p.kill()
print(p.wait(), p.returncode, p.poll())
print(repr(p).replace(str(p.pid), "PID"))
