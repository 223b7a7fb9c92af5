import subprocess

out = subprocess.check_output(["printf", "a\\nb\\n"])
print(repr(out))
out = subprocess.check_output(["printf", "a\\nb\\n"], text=True)
print(repr(out))
print(out.splitlines())
