import subprocess

ok = subprocess.run(["true"])
print(ok.check_returncode())
bad = subprocess.run(["sh", "-c", "echo o; exit 3"], capture_output=True, text=True)
try:
    bad.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, repr(e.stdout), repr(e.stderr))
