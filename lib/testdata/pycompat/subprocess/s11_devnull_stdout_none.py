import subprocess

r = subprocess.run(["sh", "-c", "echo loud; echo louder >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(r.returncode, r.stdout, r.stderr)
print(r)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout, r.returncode)
