import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("hello\nworld\n")
print(repr(out), err, p.returncode)
p = subprocess.Popen(["sh", "-c", "echo o; echo e >&2; exit 3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(out, err, p.returncode)
