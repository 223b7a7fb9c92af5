import subprocess

p = subprocess.Popen(["sh", "-c", "echo one; echo two >&2; echo three"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
out, err = p.communicate()
print(sorted(out.split()), err, p.returncode)
p = subprocess.Popen(["sh", "-c", "cat; echo done >&2; exit 3"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"payload")
print(out, err, p.returncode)
