import subprocess

p = subprocess.Popen(["sh", "-c", "read name; echo hello $name; echo warn $name >&2; exit 4"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate("gopher\n")
print(repr(out), repr(err), p.returncode)
print(p.communicate())
