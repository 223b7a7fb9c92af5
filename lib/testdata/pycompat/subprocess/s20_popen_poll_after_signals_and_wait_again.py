import signal
import subprocess
import time

p = subprocess.Popen(["sleep", "30"])
print(p.poll(), p.returncode)
p.send_signal(signal.SIGUSR1)
while p.poll() is None:
    time.sleep(0.01)
print(p.poll(), p.returncode, p.wait(), p.wait(timeout=0))
p.terminate()
p.kill()
p.send_signal(signal.SIGTERM)
print(p.returncode)
q = subprocess.Popen(["sh", "-c", "exit 7"])
print(q.wait(), q.poll(), q.returncode)
