import subprocess

p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
print(p.poll())
p.kill()
print(p.wait())
