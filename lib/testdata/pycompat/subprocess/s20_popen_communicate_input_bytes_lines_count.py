import subprocess

p = subprocess.Popen(["wc", "-l"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"a\nb\nc\n" * 1000)
print(out.strip(), err, p.returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("\u00e9t\u00e9\r\nhiver\n")
print(repr(out), err, p.returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
print(p.communicate(b""), p.returncode)
