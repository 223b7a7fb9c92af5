import subprocess

p = subprocess.Popen(["sh", "-c", "(sleep 1; echo late) & echo first; exec sleep 30"], stdout=subprocess.PIPE, text=True)
print(p.stdout.readline().strip())
p.kill()
out, err = p.communicate()
print(repr(out), err, p.returncode)
