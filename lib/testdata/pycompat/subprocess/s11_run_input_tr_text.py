import subprocess

r = subprocess.run(["tr", "a-z", "A-Z"], input="hello\nworld\n", capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
print(r.args)
r = subprocess.run(["tr", "a-z", "A-Z"], input=b"bytes in", capture_output=True)
print(r.stdout, r.stderr)
