import subprocess

p = subprocess.Popen(["sort", "-n"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
for n in (10, 2, 33, 4):
    p.stdin.write("%d\n" % n)
p.stdin.close()
print(p.stdout.read().split())
p.stdout.close()
print(p.wait())
