import subprocess

r = subprocess.run(["true"])
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
