import subprocess

data = "".join(f"line {i}\n" for i in range(20000))
r = subprocess.run(["wc", "-l"], input=data, capture_output=True, text=True)
print(r.stdout.split(), r.returncode, repr(r.stderr))
r = subprocess.run(["head", "-n", "2"], input=data, capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
r = subprocess.run(["tail", "-c", "8"], input=data.encode(), capture_output=True)
print(r.stdout)
