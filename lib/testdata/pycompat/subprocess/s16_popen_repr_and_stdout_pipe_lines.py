import subprocess

p = subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line $i; done"], stdout=subprocess.PIPE, text=True)
print(repr(p))
lines = [line.rstrip("\n") for line in p.stdout]
p.stdout.close()
print(lines, p.wait())
print(repr(p))
q = subprocess.Popen("exit 4", shell=True)
q.wait()
print(repr(q))
