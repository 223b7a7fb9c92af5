import subprocess

r = subprocess.run(["echo", "hello"])
print(r)
print(r.returncode, r.stdout, r.stderr)
print(r.args)
