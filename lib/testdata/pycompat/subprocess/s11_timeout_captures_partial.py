import subprocess

try:
    subprocess.run(["sh", "-c", "echo first; sleep 5; echo never"], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e.stdout, e.stderr, e.timeout)
try:
    subprocess.run(["sh", "-c", "echo text; sleep 5"], capture_output=True, text=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e.stdout)
