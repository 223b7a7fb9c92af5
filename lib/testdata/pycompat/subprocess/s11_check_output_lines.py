import subprocess

out = subprocess.check_output(["printf", "alpha\nbeta\ngamma\n"], text=True)
lines = out.splitlines()
print(lines, len(out))
raw = subprocess.check_output(["printf", "x y"])
print(raw, type(raw).__name__)
