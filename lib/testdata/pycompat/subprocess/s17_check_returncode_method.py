import subprocess

r = subprocess.run(["sh", "-c", "echo hi; exit 2"], capture_output=True)
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
ok = subprocess.run(["true"])
print(ok.check_returncode(), ok)
