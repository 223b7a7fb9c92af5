import subprocess

r = subprocess.run(["cat"], input=b"abc\n", capture_output=True)
print(r.stdout, r.stderr, r.returncode)
r = subprocess.run(["wc", "-l"], input="one\ntwo\nthree\n", capture_output=True, text=True)
print(repr(r.stdout.strip()), repr(r.stderr))
