import subprocess

p = subprocess.Popen(["sh", "-c", "while read n; do echo $((n * n)); done"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
for n in range(1, 6):
    p.stdin.write(f"{n}\n")
p.stdin.close()
print(p.stdout.read().split())
print(p.wait())
