import subprocess, tempfile, os

d = tempfile.mkdtemp()
for name in ("b.txt", "a.txt", "c.log"):
    open(os.path.join(d, name), "w").write(name)
r = subprocess.run(["ls"], cwd=d, capture_output=True, text=True)
print(r.stdout.split())
r = subprocess.run("cat *.txt", shell=True, cwd=d, capture_output=True, text=True)
print(r.stdout)
r = subprocess.run(["pwd"], cwd=d, capture_output=True, text=True)
print(os.path.realpath(r.stdout.strip()) == os.path.realpath(d))
