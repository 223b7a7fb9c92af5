import signal
import subprocess

p = subprocess.Popen(["sleep", "30"])
p.send_signal(signal.SIGINT)
print(p.wait())
p = subprocess.Popen(["sleep", "30"])
p.send_signal(signal.SIGHUP)
print(p.wait())
p.send_signal(signal.SIGTERM)
print(p.returncode)
