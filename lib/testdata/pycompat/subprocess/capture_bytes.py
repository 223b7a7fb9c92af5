import subprocess

r = subprocess.run(["printf", "a\\nb\\n"], capture_output=True)
print(r)
print(r.stdout)
print(r.stderr)
