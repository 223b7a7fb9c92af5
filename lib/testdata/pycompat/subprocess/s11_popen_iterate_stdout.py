import subprocess

p = subprocess.Popen(["printf", "one\ntwo\nthree\n"], stdout=subprocess.PIPE, text=True)
for i, line in enumerate(p.stdout, 1):
    print(i, line.rstrip())
p.stdout.close()
print(p.wait())
