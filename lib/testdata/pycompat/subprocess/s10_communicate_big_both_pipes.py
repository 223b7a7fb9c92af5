import subprocess

data = "x" * 200000 + "\n"
p = subprocess.Popen(["sh", "-c", "cat; cat /dev/null; yes err | head -c 150000 >&2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(data.encode())
print(len(out), len(err), p.returncode, out[:3], err[:4])
