import subprocess
p = subprocess.Popen(["sh", "-c", "read x; exit $x"], stdin=subprocess.PIPE, text=True)
print(p.returncode, p.poll(), p.args)
p.stdin.write("5\n")
p.stdin.close()
print(p.wait(), p.returncode, p.poll(), p.wait())
q = subprocess.Popen("exit 300", shell=True)
print(q.wait(), q.args)
