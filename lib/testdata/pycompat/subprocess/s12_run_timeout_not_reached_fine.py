import subprocess
r = subprocess.run(["sh", "-c", "echo quick"], capture_output=True, text=True, timeout=30)
print(r)
r = subprocess.run("exit 2", shell=True, timeout=30)
print(r.returncode, r)
