import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("first\n")
print(repr(out), err, p.returncode)
out2, err2 = p.communicate()
print("again:", repr(out2), err2)
try:
    p.communicate("more")
except ValueError as e:
    print("ValueError:", e)
p = subprocess.Popen(["true"])
print(p.communicate(), p.returncode)
