import subprocess
import time

p = subprocess.Popen(["sh", "-c", "sleep 0.3; exit 5"])
polls = 0
while p.poll() is None:
    polls += 1
    time.sleep(0.05)
print("exit:", p.returncode, "polled at least once:", polls > 0)
print(p.poll(), p.wait())
