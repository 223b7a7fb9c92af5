import subprocess

p = subprocess.Popen(["sleep", "3"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.cmd, e.timeout, p.returncode)
p.kill()
print(p.wait(timeout=5))
print(p.pid > 0, p.args)
