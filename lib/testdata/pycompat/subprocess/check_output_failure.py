import subprocess

try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 2"])
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.output, e.stdout, e.stderr)
try:
    subprocess.check_output(["sh", "-c", "echo partial; echo bad >&2; exit 5"], stderr=subprocess.STDOUT, text=True)
except subprocess.CalledProcessError as e:
    print(repr(e.output), e.stderr)
print(subprocess.check_output(["printf", "x"], text=True))
