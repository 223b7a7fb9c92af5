import subprocess
try:
    subprocess.run(["sleep", "5"], timeout=0.25, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.cmd, e.timeout, e.output, e.stdout, e.stderr)
try:
    subprocess.run("sleep 5", shell=True, timeout=1, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout, repr(e.output))
