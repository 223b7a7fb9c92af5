import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
out, err = p.communicate(input="ignored?\n")
print(repr(out), err, p.returncode)
p = subprocess.Popen(["sh", "-c", "echo hi"], stdout=subprocess.PIPE)
out, err = p.communicate("also ignored")
print(repr(out), err, p.returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = p.communicate("sent\n")
print(repr(out), p.returncode)
