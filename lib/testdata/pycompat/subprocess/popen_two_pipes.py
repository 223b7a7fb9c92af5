import subprocess

p1 = subprocess.Popen(["printf", "cherry\napple\nbanana\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
out, _ = p2.communicate()
print(out.decode(), end="")
print(p1.wait(), p2.returncode)
