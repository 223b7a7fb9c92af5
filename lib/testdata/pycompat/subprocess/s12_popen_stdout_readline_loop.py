import subprocess
p = subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line $i; done; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
lines = []
while True:
    line = p.stdout.readline()
    if not line:
        break
    lines.append(line.rstrip())
err = p.stderr.read()
print(lines, repr(err), p.wait())
