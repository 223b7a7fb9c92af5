import subprocess

try:
    subprocess.check_output(["sh", "-c", "echo one; echo two >&2; exit 4"], stderr=subprocess.STDOUT, text=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.output.split(), e.stderr)
out = subprocess.check_output("echo a; echo b >&2", shell=True, stderr=subprocess.STDOUT)
print(out)
out = subprocess.check_output(["sh", "-c", "printf 'x\\ny'"], text=True)
print(out.splitlines())
try:
    subprocess.check_output(["sh", "-c", "echo partial; kill -TERM $$"])
except subprocess.CalledProcessError as e:
    print(e, e.output)
