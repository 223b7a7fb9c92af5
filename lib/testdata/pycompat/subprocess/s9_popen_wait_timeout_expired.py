import subprocess

p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait())
