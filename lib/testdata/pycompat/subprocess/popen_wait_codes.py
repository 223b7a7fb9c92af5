import subprocess

for code in (0, 1, 4, 255):
    p = subprocess.Popen(["sh", "-c", "exit %d" % code])
    print(p.wait(), p.returncode, p.poll())
p = subprocess.Popen(["sh", "-c", "kill -INT $$"])
print(p.wait())
