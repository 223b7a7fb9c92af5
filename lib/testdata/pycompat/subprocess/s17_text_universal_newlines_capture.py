import subprocess

r = subprocess.run(["printf", "a\\r\\nb\\rc\\n"], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["printf", "a\\r\\nb\\rc\\n"], capture_output=True)
print(r.stdout)
r = subprocess.run(["sh", "-c", "printf 'x\\r\\n' >&2"], capture_output=True, text=True)
print(repr(r.stderr), repr(r.stdout))
