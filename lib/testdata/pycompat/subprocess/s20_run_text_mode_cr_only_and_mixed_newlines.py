import subprocess

r = subprocess.run(["printf", "a\\rb\\r\\nc\\n\\rd"], capture_output=True, text=True)
print(repr(r.stdout), r.stdout.count("\n"))
r = subprocess.run(["printf", "a\\rb\\r\\nc\\n\\rd"], capture_output=True)
print(r.stdout)
r = subprocess.run(["cat"], input="x\r\ny\rz\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["cat"], input=b"x\r\ny", capture_output=True)
print(r.stdout)
