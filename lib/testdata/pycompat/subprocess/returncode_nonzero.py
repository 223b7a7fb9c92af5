import subprocess

r = subprocess.run(["sh", "-c", "exit 5"])
print(r.returncode)
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
