import subprocess

p = subprocess.Popen(["wc", "-lw"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
for i in range(5):
    p.stdin.write("word%d other\n" % i)
p.stdin.close()
print(p.stdout.read().split(), p.wait())
p = subprocess.Popen(["head", "-n", "2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"a\nb\nc\nd\n")
print(out, p.returncode)
