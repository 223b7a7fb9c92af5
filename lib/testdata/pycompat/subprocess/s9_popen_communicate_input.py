import subprocess

p = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("hello world\n")
print(repr(out), err, p.returncode)
p = subprocess.Popen(["wc", "-c"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"12345")
print(out.strip(), err)
