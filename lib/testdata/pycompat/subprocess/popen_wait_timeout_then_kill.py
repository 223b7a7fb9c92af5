import subprocess

p = subprocess.Popen(["sleep", "30"])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
    print(p.poll())
p.terminate()
print(p.wait(), p.poll())
