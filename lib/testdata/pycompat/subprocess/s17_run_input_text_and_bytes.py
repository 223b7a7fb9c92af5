import subprocess

r = subprocess.run(["tr", "a-z", "A-Z"], input="hello\nworld\n", capture_output=True, text=True)
print(repr(r.stdout), r.returncode, repr(r.stderr))
r = subprocess.run(["wc", "-c"], input=b"12345", capture_output=True)
print(r.stdout.strip(), r.stderr)
r = subprocess.run(["cat"], input="", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "cat; echo err >&2"], input="x", stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout), r.stderr)
