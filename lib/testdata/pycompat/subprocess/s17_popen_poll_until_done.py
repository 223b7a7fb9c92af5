import subprocess
import time

p = subprocess.Popen(["sh", "-c", "sleep 0.2; exit 6"])
first = p.poll()
while p.poll() is None:
    time.sleep(0.01)
print(first, p.poll(), p.returncode, p.wait())
