import subprocess

r = subprocess.run(["sh", "-c", "echo ok"], check=True, capture_output=True, text=True)
print(r.args, r.returncode, repr(r.stdout), repr(r.stderr))
print(r.check_returncode())
r = subprocess.run(["sh", "-c", "exit 6"])
print(r, r.stdout, r.stderr)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e.returncode, e.cmd)
