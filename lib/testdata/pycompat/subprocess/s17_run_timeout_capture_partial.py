import subprocess

try:
    subprocess.run(["sh", "-c", "echo started; echo warn >&2; exec sleep 30"], capture_output=True, timeout=1)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.stdout, e.stderr, e.output is e.stdout)
try:
    subprocess.run(["sh", "-c", "exec sleep 30"], capture_output=True, text=True, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.stdout, e.stderr)
