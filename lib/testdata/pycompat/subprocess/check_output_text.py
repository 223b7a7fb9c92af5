import subprocess

out = subprocess.check_output(["echo", "hi there"], text=True)
print(repr(out))
out = subprocess.check_output(["printf", "a\nb"])
print(repr(out))
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 2"], text=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(repr(e.output), repr(e.stdout), e.stderr, e.returncode)
