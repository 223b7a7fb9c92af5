import subprocess

p = subprocess.Popen(["sh", "-c", "read x; exit $x"], stdin=subprocess.PIPE, text=True)
print(p.returncode, p.poll())
p.stdin.write("6\n")
p.stdin.close()
print(p.wait(), p.returncode, p.poll(), p.wait())
q = subprocess.Popen(["sleep", "30"])
q.terminate()
print(q.wait(), q.returncode)
k = subprocess.Popen(["sleep", "30"])
k.kill()
print(k.wait(), k.poll())
