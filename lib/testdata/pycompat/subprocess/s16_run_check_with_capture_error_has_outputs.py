import subprocess

try:
    subprocess.run(["sh", "-c", "echo result; echo warning >&2; exit 2"], check=True, capture_output=True, text=True)
except subprocess.CalledProcessError as e:
    print(e)
    print([e.returncode, e.stdout, e.stderr, e.output == e.stdout])
r = subprocess.run(["sh", "-c", "exit 2"], check=False)
print(r.returncode, r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("later:", e)
