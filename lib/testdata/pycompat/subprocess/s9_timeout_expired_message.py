import subprocess

try:
    subprocess.run(["sleep", "5"], timeout=0.1, stdout=subprocess.PIPE)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.timeout, e.cmd, e.output, e.stderr)
try:
    subprocess.run(["sleep", "5"], timeout=0.25, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.output, e.stderr)
