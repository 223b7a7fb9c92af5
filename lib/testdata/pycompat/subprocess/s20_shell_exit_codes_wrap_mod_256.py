import subprocess

for code in (0, 1, 127, 255, 256, 300, 511, 512):
    r = subprocess.run("exit %d" % code, shell=True)
    print(code, r.returncode, subprocess.call(["sh", "-c", "exit %d" % code]))
r = subprocess.run(["sh", "-c", "exit 258"])
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
