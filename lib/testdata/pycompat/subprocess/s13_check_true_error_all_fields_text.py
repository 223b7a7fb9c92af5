import subprocess

try:
    subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 4"], capture_output=True, text=True, check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.cmd)
    print(repr(e.stdout), repr(e.output), repr(e.stderr), e.output is e.stdout)
    print(str(e))
    print(repr(e))
