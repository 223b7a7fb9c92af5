import subprocess

p = subprocess.Popen(["wc", "-l"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("a\nb\nc\n")
print(out.strip(), err, p.returncode)
p = subprocess.Popen(["sort", "-r"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"b\na\nc\n")
print(out, err, p.returncode)
