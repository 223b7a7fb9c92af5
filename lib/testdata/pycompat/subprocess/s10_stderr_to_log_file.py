import subprocess, os, tempfile

d = tempfile.mkdtemp()
log = os.path.join(d, "errors.log")
with open(log, "a") as f:
    for cmd in (["ls", "/no/such/s10"], ["sh", "-c", "echo warn >&2; echo fine"]):
        r = subprocess.run(cmd, stderr=f, stdout=subprocess.PIPE, text=True)
        print(r.returncode != 0, repr(r.stdout), r.stderr)
with open(log) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1], "s10" in lines[0])
with open(log, "w") as f:
    print(subprocess.call(["sh", "-c", "echo x >&2; exit 3"], stderr=f))
print(open(log).read(), end="")
subprocess.run(["rm", "-r", d])
