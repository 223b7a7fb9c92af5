import subprocess

try:
    subprocess.run(["sh", "-c", "echo partial; exec sleep 5"], capture_output=True, timeout=1)
except subprocess.TimeoutExpired as e:
    print(e.output, e.stdout, e.stderr)
    print(e.timeout, e.cmd)
    print(e)
