import os
import subprocess

r = subprocess.run(["sh", "-c", 'echo "$GREETING $WHO"'], env={"GREETING": "hello", "WHO": "world", "PATH": os.environ["PATH"]}, capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run(["sh", "-c", 'echo "[$GREETING]"'], env={"PATH": os.environ["PATH"]}, capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run(["ls"], cwd="/proc/self/fdinfo/..", capture_output=True)
print(r.returncode)
