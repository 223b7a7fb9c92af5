import os
import subprocess
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "log.txt")
with open(path, "w") as f:
    subprocess.run(["echo", "first"], stdout=f)
with open(path, "a") as f:
    subprocess.run(["sh", "-c", "echo second; echo problem >&2"], stdout=f, stderr=subprocess.STDOUT)
with open(path) as f:
    print(f.read().splitlines())
with open(path) as f:
    r = subprocess.run(["wc", "-l"], stdin=f, capture_output=True, text=True)
print(r.stdout.strip())
os.remove(path)
os.rmdir(d)
