import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
for word in ("red", "green", "blue"):
    p.stdin.write(word + "\n")
p.stdin.close()
lines = [line.rstrip("\n") for line in p.stdout]
p.stdout.close()
print(lines, p.wait(), p.returncode)
p = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("quiet words\n")
print(repr(out), err, p.returncode)
