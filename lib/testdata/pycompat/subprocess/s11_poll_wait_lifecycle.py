import subprocess

p = subprocess.Popen(["sh", "-c", "read x; exit 7"], stdin=subprocess.PIPE)
print(p.poll(), p.returncode)
p.stdin.write(b"go\n")
p.stdin.close()
print(p.wait(), p.poll(), p.returncode)
print(p.wait())
