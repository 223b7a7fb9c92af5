import subprocess

r = subprocess.run(["tr", "a-z", "A-Z"], input="hello\nworld\n", capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
r = subprocess.run(["wc", "-l"], input=b"1\n2\n3\n", stdout=subprocess.PIPE)
print(r.stdout.strip(), r.stderr)
r = subprocess.run(["cat"], input="", capture_output=True, text=True)
print(repr(r.stdout))
