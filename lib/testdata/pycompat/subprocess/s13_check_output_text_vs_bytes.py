import subprocess

b = subprocess.check_output(["printf", "a\\nb\\r\\nc"])
t = subprocess.check_output(["printf", "a\\nb\\r\\nc"], text=True)
print(type(b).__name__, repr(b))
print(type(t).__name__, repr(t))
print(t.splitlines(), b.split(b"\n"))
