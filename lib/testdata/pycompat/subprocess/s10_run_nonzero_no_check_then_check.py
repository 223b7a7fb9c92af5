import subprocess

cmd = ["sh", "-c", "echo out; echo oops >&2; exit 3"]
r = subprocess.run(cmd, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    subprocess.run(cmd, capture_output=True, text=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, repr(e.output), repr(e.stdout), repr(e.stderr), e.cmd)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e.returncode)
