import subprocess, os, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "log.txt")
with open(path, "w") as f:
    subprocess.run(["echo", "first"], stdout=f)
    r = subprocess.run(["sh", "-c", "echo second; echo problem >&2"], stdout=f, stderr=subprocess.STDOUT)
    print(r)
with open(path) as f:
    print(f.read().split())
with open(path, "w") as out, open(os.path.join(d, "err.txt"), "w") as err:
    p = subprocess.Popen(["sh", "-c", "echo o; echo e >&2; exit 5"], stdout=out, stderr=err)
    print(p.wait(), p.stdout, p.stderr)
print(open(path).read(), open(os.path.join(d, "err.txt")).read(), end="")
try:
    with open(path, "w") as f:
        subprocess.check_output(["true"], stdout=f)
except ValueError as e:
    print("ValueError:", e)
subprocess.run(["rm", "-r", d])
