import signal
import subprocess

p = subprocess.Popen(["sleep", "30"])
print("poll while running:", p.poll())
p.terminate()
print("wait:", p.wait(timeout=10), "signal:", -p.returncode == signal.SIGTERM)
q = subprocess.Popen(["sh", "-c", "exec sleep 30"])
q.send_signal(signal.SIGINT)
print("SIGINT:", q.wait(timeout=10))
r = subprocess.Popen(["sleep", "30"])
r.kill()
print("kill:", r.wait(timeout=10), r.poll())
