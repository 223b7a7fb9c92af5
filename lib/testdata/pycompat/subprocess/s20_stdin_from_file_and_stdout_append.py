import os
import subprocess
import tempfile

d = tempfile.mkdtemp()
src = os.path.join(d, "in.txt")
dst = os.path.join(d, "out.txt")
with open(src, "w") as f:
    f.write("b\nc\na\n")
with open(dst, "w") as f:
    f.write("header\n")
with open(src) as fin, open(dst, "a") as fout:
    r = subprocess.run(["sort"], stdin=fin, stdout=fout)
print(r.returncode, r.stdout)
with open(dst) as f:
    print(repr(f.read()))
with open(src) as fin:
    print(subprocess.run(["wc", "-l"], stdin=fin, capture_output=True, text=True).stdout.strip())
