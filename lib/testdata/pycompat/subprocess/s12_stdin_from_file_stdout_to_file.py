import subprocess, tempfile, os
d = tempfile.mkdtemp()
src, dst = os.path.join(d, "in.txt"), os.path.join(d, "out.txt")
with open(src, "w") as f:
    f.write("b\na\nc\n")
with open(src) as fin, open(dst, "w") as fout:
    r = subprocess.run(["sort"], stdin=fin, stdout=fout)
print(r.returncode, r.stdout)
print(open(dst).read().split())
