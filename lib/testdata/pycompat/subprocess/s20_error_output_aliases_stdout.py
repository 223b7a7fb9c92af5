import subprocess

try:
    subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 4"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output, e.stdout, e.stderr, e.output is e.stdout)
try:
    subprocess.run(["sh", "-c", "echo late; exec sleep 30"], stdout=subprocess.PIPE, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e.timeout, e.output, e.stdout, e.stderr, e.output is e.stdout)
try:
    subprocess.check_output(["sh", "-c", "printf 'x\\ny'; exit 2"], text=True)
except subprocess.CalledProcessError as e:
    print(repr(e.output), repr(e.stdout), e.stderr, e.cmd[:2])
