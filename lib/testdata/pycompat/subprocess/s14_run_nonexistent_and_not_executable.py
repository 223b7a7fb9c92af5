import os
import subprocess
import tempfile

try:
    subprocess.run(["definitely-not-a-command-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
d = tempfile.mkdtemp()
script = os.path.join(d, "s.sh")
with open(script, "w") as f:
    f.write("#!/bin/sh\necho ran\n")
try:
    subprocess.run([script])
except PermissionError as e:
    print("PermissionError:", e.errno, os.path.basename(e.filename))
os.chmod(script, 0o755)
print(subprocess.run([script], capture_output=True, text=True).stdout, end="")
os.remove(script)
os.rmdir(d)
