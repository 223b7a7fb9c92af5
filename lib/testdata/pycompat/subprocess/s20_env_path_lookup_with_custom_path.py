import os
import subprocess
import tempfile

d = tempfile.mkdtemp()
script = os.path.join(d, "hello-s20")
with open(script, "w") as f:
    f.write("#!/bin/sh\necho hello from $0 with $#\n")
os.chmod(script, 0o755)
r = subprocess.run(["hello-s20", "a", "b"], env={"PATH": d + ":/bin:/usr/bin"}, capture_output=True, text=True)
print(r.returncode, r.stdout.replace(d, "DIR"), end="")
try:
    subprocess.run(["hello-s20"], env={"PATH": "/bin:/usr/bin"})
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.filename)
os.remove(script)
os.rmdir(d)
