import subprocess

r = subprocess.run(["printf", "a\\r\\nb\\rc\\n"], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["printf", "a\\r\\nb\\rc\\n"], capture_output=True)
print(repr(r.stdout))
r = subprocess.run(["printf", "x\\r\\n"], stdout=subprocess.PIPE, universal_newlines=True)
print(repr(r.stdout))
print(repr(subprocess.check_output(["printf", "1\\r\\n2"], text=True)))
