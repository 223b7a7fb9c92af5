import subprocess

p = subprocess.Popen(["sh", "-c", "for i in 1 2 3 4; do echo line $i; done; exit 6"], stdout=subprocess.PIPE, text=True)
count = 0
for line in p.stdout:
    count += 1
    print(count, line.rstrip())
print(p.wait(), p.returncode, p.stdout.read() == "")
