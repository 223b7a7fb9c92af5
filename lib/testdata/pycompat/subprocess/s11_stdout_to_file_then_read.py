import subprocess, tempfile, os

d = tempfile.mkdtemp()
path = os.path.join(d, "out.txt")
with open(path, "w") as f:
    r = subprocess.run(["sh", "-c", "echo line1; echo line2; echo err >&2"], stdout=f, stderr=subprocess.DEVNULL)
print(r.returncode, r.stdout)
print(open(path).read().split())
with open(path) as f:
    print(subprocess.run(["wc", "-l"], stdin=f, capture_output=True, text=True).stdout.strip())
