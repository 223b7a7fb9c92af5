import subprocess
import time

p = subprocess.Popen(["sh", "-c", "sleep 0.2; exit 7"])
polls = 0
while p.poll() is None:
    polls += 1
    time.sleep(0.01)
print(polls > 0, p.returncode, p.poll(), p.wait())
