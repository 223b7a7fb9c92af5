import subprocess

p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait(), p.returncode)
