import subprocess

for t in (0.5, 1, 2.25, 0.001, 10, 0.1):
    print(str(subprocess.TimeoutExpired(["sleep", "9"], t)))
print(str(subprocess.TimeoutExpired("sleep 9; echo", 3)))
e = subprocess.TimeoutExpired(["x"], 1, output=b"o", stderr=b"e")
print(e.output, e.stdout, e.stderr, e.timeout, e.cmd)
