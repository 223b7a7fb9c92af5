import subprocess
import tempfile
import os

d = tempfile.mkdtemp()
f = os.path.join(d, "file.txt")
open(f, "w").close()
for cwd in (os.path.join(d, "missing"), f):
    try:
        subprocess.run(["pwd"], cwd=cwd)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == cwd, str(e).replace(d, "DIR"))
r = subprocess.run(["pwd"], cwd=d, capture_output=True, text=True)
print(r.stdout.strip() == os.path.realpath(d))
os.remove(f)
os.rmdir(d)
