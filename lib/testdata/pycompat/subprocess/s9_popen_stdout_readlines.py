import subprocess

p = subprocess.Popen(["printf", "x\\ny\\nz\\n"], stdout=subprocess.PIPE, text=True)
lines = [l.rstrip("\n") for l in p.stdout]
p.wait()
print(lines, p.returncode)
