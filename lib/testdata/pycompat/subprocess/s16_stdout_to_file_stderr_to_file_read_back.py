import subprocess
import tempfile
import os

d = tempfile.mkdtemp()
out_path, err_path = os.path.join(d, "out.txt"), os.path.join(d, "err.txt")
with open(out_path, "w") as out, open(err_path, "w") as err:
    r = subprocess.run(["sh", "-c", "echo to-out; echo to-err >&2; exit 1"], stdout=out, stderr=err)
print(r.returncode, r.stdout, r.stderr)
print(repr(open(out_path).read()), repr(open(err_path).read()))
with open(out_path, "a") as out:
    subprocess.run(["echo", "appended"], stdout=out)
print(open(out_path).read().split())
with open(out_path) as f:
    r = subprocess.run(["tr", "a-z", "A-Z"], stdin=f, capture_output=True, text=True)
print(repr(r.stdout))
os.remove(out_path)
os.remove(err_path)
os.rmdir(d)
