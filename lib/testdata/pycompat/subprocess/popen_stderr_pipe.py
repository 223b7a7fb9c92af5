import subprocess

p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2; exit 2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(out, err, p.returncode)
out = subprocess.check_output(["sh", "-c", "echo text"], text=True)
print(repr(out))
r = subprocess.run(["cat"], input=b"bytes in", capture_output=True)
print(r.stdout)
