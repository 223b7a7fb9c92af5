import subprocess

r = subprocess.run(["sh", "-c", "exit 0"], stdout=subprocess.PIPE)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run("echo $((6*7))", shell=True, stdout=subprocess.PIPE, text=True)
print(r.args, r.returncode, repr(r.stdout), r.stderr)
print(r)
