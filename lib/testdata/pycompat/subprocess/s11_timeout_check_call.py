import subprocess

try:
    subprocess.check_call(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.cmd, e.timeout, e.output)
r = subprocess.run(["sleep", "0.01"], timeout=5)
print(r.returncode)
