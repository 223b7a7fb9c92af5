import subprocess

try:
    subprocess.run(["sh", "-c", "echo begin; exec sleep 30"], capture_output=True, text=True, timeout=1)
except subprocess.TimeoutExpired as e:
    print(e)
    print(repr(e.output), repr(e.stdout), e.stderr, e.timeout)
