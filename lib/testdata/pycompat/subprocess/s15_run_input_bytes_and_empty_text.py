import subprocess

r = subprocess.run(["wc", "-c"], input=b"12345", capture_output=True)
print(r.stdout.strip(), r)
r = subprocess.run(["cat"], input="", capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
r = subprocess.run(["sh", "-c", "read a b; echo $b $a"], input="first second\n", capture_output=True, text=True)
print(repr(r.stdout))
