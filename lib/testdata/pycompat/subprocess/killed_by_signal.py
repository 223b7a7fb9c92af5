import subprocess

try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode)
r = subprocess.run(["sh", "-c", "kill -TERM $$"])
print(r)
