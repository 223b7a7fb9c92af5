import subprocess

p = subprocess.Popen(["sh", "-c", "sleep 0.3; exit 4"])
for t in (0, 0.01, -1):
    try:
        p.wait(timeout=t)
    except subprocess.TimeoutExpired as e:
        print("TimeoutExpired", e.timeout, p.returncode)
print(p.wait(timeout=30), p.returncode, p.poll())
try:
    subprocess.Popen(["sleep", "5"]).wait(0.05)
except subprocess.TimeoutExpired as e:
    print(e)
