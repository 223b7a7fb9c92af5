import subprocess

print(subprocess.call(["sh", "-c", "kill -TERM $$"]))
print(subprocess.call("exit 12", shell=True))
try:
    subprocess.check_call(["sh", "-c", "kill -ABRT $$"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e)
try:
    subprocess.check_call("kill -QUIT $$", shell=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e)
