import subprocess

r = subprocess.run(["true"])
print(r.stdout, r.stderr, r.args, r.returncode)
print(r)
r = subprocess.run(["sh", "-c", "exit 1"], capture_output=True)
print(r)
