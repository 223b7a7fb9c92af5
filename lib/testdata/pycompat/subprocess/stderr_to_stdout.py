import subprocess

r = subprocess.run(["sh", "-c", "echo a; echo b >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(sorted(r.stdout.split()), r.stderr)
r = subprocess.run(["sh", "-c", "echo gone; echo gone2 >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(r)
