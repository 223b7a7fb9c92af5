import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"line1\nline2\n")
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait(), p.args)
p = subprocess.Popen(["sh", "-c", "exit 7"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(p.stdout, p.stderr, p.stdin, p.wait())
