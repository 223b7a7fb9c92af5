import subprocess

p = subprocess.Popen(["sort"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out = p.communicate("pear\napple\nfig\n")
print(repr(out), p.returncode)
q = subprocess.Popen(["sh", "-c", "echo a; echo b >&2; echo c"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(q.communicate()), q.returncode)
r = subprocess.Popen(["cat"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
print(repr(r.communicate()), r.returncode)
