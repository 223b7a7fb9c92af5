import subprocess, os, tempfile

d = tempfile.mkdtemp()
script = os.path.join(d, "s.sh")
with open(script, "w") as f:
    f.write("#!/bin/sh\necho ran\n")
for mode in (0o644, 0o755):
    os.chmod(script, mode)
    try:
        print(subprocess.run([script], capture_output=True, text=True).stdout, end="")
    except PermissionError as e:
        print("PermissionError:", e.strerror, e.errno, e.filename == script)
try:
    subprocess.run([os.path.join(d, "missing")])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.errno)
os.remove(script)
os.rmdir(d)
