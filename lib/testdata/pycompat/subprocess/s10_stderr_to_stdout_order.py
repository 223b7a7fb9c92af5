import subprocess

r = subprocess.run(["sh", "-c", "echo 1; echo 2 >&2; echo 3; echo 4 >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(r.stdout.split(), r.stderr)
out = subprocess.check_output(["sh", "-c", "echo a; echo b >&2"], stderr=subprocess.STDOUT)
print(out)
r = subprocess.run(["sh", "-c", "echo a; echo b >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
