import subprocess

p = subprocess.Popen(["sort"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("pear\n")
p.stdin.write("apple\n")
out, err = p.communicate()
print(repr(out), err, p.returncode)
q = subprocess.Popen(["wc", "-c"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
q.stdin.write(b"12345")
out, _ = q.communicate(b"678")
print(out.split(), q.returncode)
