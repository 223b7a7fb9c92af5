import subprocess, os

env = dict(os.environ, GREETING="hello", WHO="world")
r = subprocess.run("echo $GREETING, $WHO; echo ${MISSING:-default}", shell=True, env=env, capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run(["sh", "-c", 'printf "%s|" "$A" "$B"'], env={"A": "1", "B": "two words"}, capture_output=True, text=True)
print(r.stdout)
r = subprocess.run(["/usr/bin/env"], env={}, capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
