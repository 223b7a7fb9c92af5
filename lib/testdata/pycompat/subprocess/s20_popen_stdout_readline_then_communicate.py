import subprocess

p = subprocess.Popen(["sh", "-c", "for i in 1 2 3 4; do echo line$i; done"], stdout=subprocess.PIPE, text=True)
print(repr(p.stdout.readline()))
print(repr(p.stdout.readline()))
out, err = p.communicate()
print(repr(out), err, p.returncode)
