import subprocess

try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode)
r = subprocess.run(["sh", "-c", "kill -KILL $$"])
print(r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
