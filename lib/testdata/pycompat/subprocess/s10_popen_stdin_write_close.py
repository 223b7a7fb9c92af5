import subprocess

p = subprocess.Popen(["sort"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
for w in ["pear", "apple", "fig"]:
    p.stdin.write(w + "\n")
p.stdin.close()
print(p.stdout.read().split())
p.stdout.close()
print(p.wait())
