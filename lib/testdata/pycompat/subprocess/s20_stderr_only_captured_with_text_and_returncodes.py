import subprocess

r = subprocess.run(["sh", "-c", "echo to-out; echo warn1 >&2; echo warn2 >&2; exit 2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
print(r.returncode, r.stdout, r.stderr.splitlines())
print(r)
r = subprocess.run(["ls", "/definitely/not/here/s20"], stderr=subprocess.PIPE, stdout=subprocess.PIPE)
print(r.returncode != 0, r.stdout, b"s20" in r.stderr)
