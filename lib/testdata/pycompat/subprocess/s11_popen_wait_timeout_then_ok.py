import subprocess

p = subprocess.Popen(["sleep", "0.3"])
try:
    p.wait(timeout=0.01)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
print(p.poll())
print(p.wait(timeout=10), p.returncode)
