import subprocess

try:
    subprocess.run(["sh", "-c", "echo first; echo second; exec sleep 30"], capture_output=True, text=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(type(e.stdout).__name__, e.stdout)
    print(e.stderr, e.timeout)
r = subprocess.run(["sh", "-c", "echo quick"], capture_output=True, text=True, timeout=30)
print(r.stdout.strip(), r.returncode)
