import subprocess

try:
    subprocess.run(["sh", "-c", "echo before; sleep 5"], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(str(e))
    print(e.timeout, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run("sleep 5", shell=True, timeout=0.25)
except subprocess.TimeoutExpired as e:
    # Without pipes CPython reports the time that was left (about 0.25).
    print(str(e).startswith("Command 'sleep 5' timed out after 0."), e.output, 0 < e.timeout <= 0.25)
try:
    subprocess.check_output(["sleep", "5"], timeout=1)
except subprocess.TimeoutExpired as e:
    print(str(e), e.output)
