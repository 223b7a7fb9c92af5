import subprocess

try:
    subprocess.run(["sh", "-c", "echo part1; echo err1 >&2; sleep 10"], capture_output=True, timeout=1)
except subprocess.TimeoutExpired as e:
    print(e.cmd, e.timeout, e.output, e.stdout, e.stderr)
    print(str(e))
try:
    subprocess.check_output("echo shell-part; sleep 10", shell=True, timeout=1)
except subprocess.TimeoutExpired as e:
    print(repr(e.cmd), e.output, e.stderr, e)
