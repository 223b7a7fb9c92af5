import subprocess

p = subprocess.Popen(["sleep", "30"])
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.25)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.timeout, e.cmd, e.output, e.stderr)
p.kill()
print(p.wait(), p.returncode, p.poll())
p = subprocess.Popen(["sleep", "30"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sh", "-c", "exit 4"])
print(p.wait(), p.poll())
