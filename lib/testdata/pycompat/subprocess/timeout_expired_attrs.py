import subprocess

try:
    subprocess.run(["sh", "-c", "echo started; sleep 5"], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e.cmd, e.timeout, e.output, e.stdout, e.stderr)
    print(e)
try:
    subprocess.run("sleep 5", shell=True, timeout=0.25)
except subprocess.TimeoutExpired as e:
    print(e.cmd, e.output, str(e).startswith("Command 'sleep 5' timed out after 0.2"))
