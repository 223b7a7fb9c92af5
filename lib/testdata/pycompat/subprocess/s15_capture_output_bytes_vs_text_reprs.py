import subprocess

cmd = ["sh", "-c", "printf 'a\\tb\\n'; printf 'warn\\r\\n' >&2"]
b = subprocess.run(cmd, capture_output=True)
t = subprocess.run(cmd, capture_output=True, text=True)
print(repr(b.stdout), repr(b.stderr))
print(repr(t.stdout), repr(t.stderr))
print(b)
print(t)
