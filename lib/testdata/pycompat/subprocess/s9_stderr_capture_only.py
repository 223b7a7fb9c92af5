import subprocess

r = subprocess.run(["sh", "-c", "echo o; echo e1 >&2; echo e2 >&2; exit 1"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
print(r.returncode, r.stdout, r.stderr.splitlines())
