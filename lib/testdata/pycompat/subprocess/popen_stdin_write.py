import subprocess

p = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"shout\n")
p.stdin.write(b"louder\n")
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait())
