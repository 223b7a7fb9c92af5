import os
import subprocess
import tempfile

fd, path = tempfile.mkstemp()
os.write(fd, b"3\n1\n2\n")
os.close(fd)
with open(path) as f:
    r = subprocess.run(["sort", "-n"], stdin=f, capture_output=True, text=True)
print(r.stdout.split(), r.returncode)
with open(path, "rb") as f:
    p = subprocess.Popen(["wc", "-l"], stdin=f, stdout=subprocess.PIPE)
    out, _ = p.communicate()
print(int(out), p.returncode)
os.remove(path)
