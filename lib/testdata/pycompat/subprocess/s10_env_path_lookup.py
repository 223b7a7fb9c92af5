import subprocess, os, tempfile

d = tempfile.mkdtemp()
tool = os.path.join(d, "hello-s10")
with open(tool, "w") as f:
    f.write("#!/bin/sh\necho hello from $0\n")
os.chmod(tool, 0o755)
r = subprocess.run(["hello-s10"], env={"PATH": d + ":/usr/bin:/bin"}, capture_output=True, text=True)
print(r.stdout.replace(d, "D"), end="")
try:
    subprocess.run(["hello-s10"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    subprocess.run(["ls"], env={"PATH": "/nonexistent-s10"})
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
os.remove(tool)
os.rmdir(d)
