import subprocess

try:
    subprocess.check_output(["sh", "-c", "echo partial; echo oops >&2; exit 5"], stderr=subprocess.PIPE, text=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, repr(e.output), repr(e.stdout), repr(e.stderr))
    print(e)
try:
    subprocess.check_output("echo bytes; exit 1", shell=True)
except subprocess.CalledProcessError as e:
    print(e.output, e.stderr, e.cmd)
    print(e)
print(subprocess.check_output(["printf", "a\\r\\nb\\rc"], text=True).split("\n"))
