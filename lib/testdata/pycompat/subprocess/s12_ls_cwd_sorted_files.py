import subprocess, tempfile, os
d = tempfile.mkdtemp()
for name in ["c.txt", "a.py", "b.md"]:
    open(os.path.join(d, name), "w").close()
print(subprocess.check_output(["ls"], cwd=d, text=True).split())
print(subprocess.run(["ls", "-1", "a.py", "zz"], cwd=d, capture_output=True, text=True).returncode != 0)
