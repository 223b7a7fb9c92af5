import subprocess

r = subprocess.run(["sh", "-c", "kill -TERM $$"])
print(r.returncode)
r = subprocess.run("kill -KILL $$", shell=True)
print(r.returncode)
try:
    subprocess.run(["sh", "-c", "kill -INT $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e)
