import subprocess

p = subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line $i; done"], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print("got:", line.rstrip())
p.stdout.close()
print(p.wait())
