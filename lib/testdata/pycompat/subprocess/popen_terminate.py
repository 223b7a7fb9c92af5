import subprocess

p = subprocess.Popen(["sleep", "30"])
p.terminate()
print(p.wait())
print(p)
k = subprocess.Popen(["sleep", "30"])
k.kill()
print(k.wait())
