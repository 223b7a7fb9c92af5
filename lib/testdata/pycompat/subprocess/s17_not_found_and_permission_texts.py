import os
import subprocess
import tempfile

for args in (["no-such-prog-s17"], ["./no-such-prog-s17"], ["/nonexistent-dir-s17/prog"]):
    try:
        subprocess.run(args)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e, e.errno, e.filename)
d = tempfile.mkdtemp()
path = os.path.join(d, "script.sh")
with open(path, "w") as f:
    f.write("#!/bin/sh\necho hi\n")
try:
    subprocess.run([path])
except PermissionError as e:
    print("PermissionError:", str(e).replace(d, "DIR"), e.errno)
os.chmod(path, 0o755)
print(subprocess.run([path], capture_output=True).stdout)
