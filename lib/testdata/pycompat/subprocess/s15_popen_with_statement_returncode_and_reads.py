import subprocess

with subprocess.Popen(["sh", "-c", "echo alpha; echo beta >&2; exit 4"], stdout=subprocess.PIPE,
                      stderr=subprocess.PIPE, text=True) as p:
    out = p.stdout.read()
    err = p.stderr.read()
print(repr(out), repr(err), p.returncode)
