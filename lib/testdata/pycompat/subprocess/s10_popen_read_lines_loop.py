import subprocess

p = subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line $i; done; echo done >&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
count = 0
for line in p.stdout:
    count += 1
    print(count, line.rstrip())
err = p.stderr.read()
print(repr(err), p.wait())
p.stdout.close()
p.stderr.close()
