import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "sub"))
    subprocess.run(["sh", "-c", "echo data > f.txt"], cwd=os.path.join(d, "sub"), check=True)
    print(sorted(os.listdir(os.path.join(d, "sub"))))
    r = subprocess.run(["cat", "sub/f.txt"], cwd=d, capture_output=True, text=True)
    print(repr(r.stdout), r.returncode)
    r = subprocess.run(["cat", "missing.txt"], cwd=d, capture_output=True, text=True)
    print(r.returncode, "No such file" in r.stderr)
