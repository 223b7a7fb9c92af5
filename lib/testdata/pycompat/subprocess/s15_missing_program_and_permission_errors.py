import os
import stat
import subprocess
import tempfile

try:
    subprocess.run(["no-such-program-s15", "-x"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename, e)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "script.sh")
    with open(path, "w") as f:
        f.write("#!/bin/sh\necho ran\n")
    try:
        subprocess.run([path])
    except PermissionError as e:
        print("PermissionError:", e.errno, e.strerror, e.filename == path)
    os.chmod(path, stat.S_IRWXU)
    print(subprocess.run([path], capture_output=True, text=True).stdout.strip())
r = subprocess.run("no-such-program-s15", shell=True, capture_output=True, text=True)
print(r.returncode, "not found" in r.stderr)
