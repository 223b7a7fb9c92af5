import subprocess

with subprocess.Popen(["sh", "-c", "echo inside; exit 2"], stdout=subprocess.PIPE, text=True) as p:
    line = p.stdout.readline()
print(repr(line), p.returncode)
