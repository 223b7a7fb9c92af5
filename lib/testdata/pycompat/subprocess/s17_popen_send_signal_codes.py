import signal
import subprocess

for sig in (signal.SIGUSR1, signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
    p = subprocess.Popen(["sleep", "30"])
    p.send_signal(sig)
    print(sig.name, p.wait(), p.returncode)
p = subprocess.Popen(["true"])
p.wait()
p.send_signal(signal.SIGTERM)
p.kill()
p.terminate()
print("signals after exit are ignored", p.returncode)
