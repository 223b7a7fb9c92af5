import subprocess
out = subprocess.check_output(["sh", "-c", "echo a; echo b >&2; echo c"], stderr=subprocess.STDOUT, text=True)
print(repr(out))
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 9"], text=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, repr(e.output), repr(e.stdout), e.stderr)
print(subprocess.check_output(["printf", "x\\r\\ny\\rz\\n"], text=True).splitlines())
