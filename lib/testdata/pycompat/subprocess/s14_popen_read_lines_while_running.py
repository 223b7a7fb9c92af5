import subprocess

p = subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line $i; done; exit 2"], stdout=subprocess.PIPE, text=True)
print("poll before reading:", p.poll() is None or p.poll() == 2)
count = 0
for line in p.stdout:
    count += 1
    print(count, line.strip().upper())
p.stdout.close()
print("wait:", p.wait(), "returncode:", p.returncode, "poll:", p.poll())
