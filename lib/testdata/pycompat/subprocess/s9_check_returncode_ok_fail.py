import subprocess

r = subprocess.run(["true"])
print(r.check_returncode())
r = subprocess.run(["sh", "-c", "echo out; exit 2"], capture_output=True)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
    print(e.stdout, e.stderr)
