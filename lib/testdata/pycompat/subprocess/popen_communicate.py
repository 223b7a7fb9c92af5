import subprocess

p = subprocess.Popen(["sort"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("pear\napple\nfig\n")
print(repr(out), err)
print(p.returncode)
