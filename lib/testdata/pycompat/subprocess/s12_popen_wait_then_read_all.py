import subprocess
p = subprocess.Popen(["sh", "-c", "echo 1; sleep 0.1; echo 2; exit 6"], stdout=subprocess.PIPE, text=True)
print(p.poll())
data = p.stdout.read()
print(repr(data), p.wait(), p.poll())
p.stdout.close()
