import subprocess

r = subprocess.run(["awk", '{print NR ": " $0}'], input="alpha\nbeta\ngamma\n", capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(r.stdout.splitlines())
r = subprocess.run(["awk", "END {print NR}"], input="", capture_output=True, text=True)
print("empty input lines:", r.stdout.strip())
