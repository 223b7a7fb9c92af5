import subprocess

data = "10\n9\n100\n9\n-1\n"
print(subprocess.run(["sort", "-n"], input=data, capture_output=True, text=True).stdout.split())
print(subprocess.run(["sort", "-nu"], input=data, capture_output=True, text=True).stdout.split())
print(subprocess.run(["sort", "-rn"], input=data.encode(), capture_output=True).stdout.split())
r = subprocess.run(["sort", "-n", "/nonexistent-s20"], capture_output=True, text=True)
print(r.returncode != 0, r.stdout, "nonexistent-s20" in r.stderr)
