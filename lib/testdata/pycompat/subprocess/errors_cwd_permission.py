import os
import subprocess
import tempfile

try:
    subprocess.run(["ls"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print(e)
d = tempfile.mkdtemp()
path = os.path.join(d, "script")
with open(path, "w") as f:
    f.write("#!/bin/sh\necho hi\n")
try:
    subprocess.run([path])
except PermissionError as e:
    print(str(e).replace(d, "DIR"))
os.remove(path)
os.rmdir(d)
