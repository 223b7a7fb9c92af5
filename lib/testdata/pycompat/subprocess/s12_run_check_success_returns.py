import subprocess
r = subprocess.run(["sh", "-c", "echo ok"], check=True, capture_output=True, text=True)
print(r.returncode, r.stdout.strip(), r.check_returncode())
r = subprocess.run(["true"], check=True)
print(r)
