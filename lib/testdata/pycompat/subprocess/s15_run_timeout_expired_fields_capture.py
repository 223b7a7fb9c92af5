import subprocess

try:
    subprocess.run(["sh", "-c", "echo early; echo warn >&2; exec sleep 20"], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(str(e))
    print(e.timeout, e.output, e.stdout, e.stderr)
try:
    subprocess.run("exec sleep 20", shell=True, stdout=subprocess.PIPE, timeout=0.25)
except subprocess.TimeoutExpired as e:
    print(str(e), e.output, e.stderr)
r = subprocess.run(["sh", "-c", "exit 0"], timeout=5)
print(r)
