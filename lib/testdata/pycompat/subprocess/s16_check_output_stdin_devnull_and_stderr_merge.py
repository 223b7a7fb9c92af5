import subprocess

print(subprocess.check_output(["cat"], stdin=subprocess.DEVNULL))
print(subprocess.check_output(["sh", "-c", "echo out; echo err 1>&2"], stderr=subprocess.STDOUT, text=True).split())
print(subprocess.check_output(["sh", "-c", "echo err 1>&2"], stderr=subprocess.DEVNULL))
print(subprocess.check_output(["tr", "a-z", "A-Z"], input=b"bytes in"))
try:
    subprocess.check_output(["sh", "-c", "echo before; exit 5"], text=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, repr(e.output), repr(e.stderr))
try:
    subprocess.check_output(["ls"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
