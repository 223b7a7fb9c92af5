import subprocess

p = subprocess.Popen(["sh", "-c", "cat; echo done >&2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate("héllo\n")
print(repr(out), repr(err), p.returncode, type(out).__name__)
