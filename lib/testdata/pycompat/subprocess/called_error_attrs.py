import subprocess

try:
    subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 9"], capture_output=True, text=True, check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e.cmd)
    print(repr(e.stdout), repr(e.stderr), e.output is e.stdout)
    print(str(e))
r = subprocess.run(["true"], check=True)
print(r)
