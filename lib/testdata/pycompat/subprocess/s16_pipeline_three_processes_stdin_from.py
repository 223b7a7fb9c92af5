import subprocess

p1 = subprocess.Popen(["printf", "pear\\napple\\nfig\\napple\\nkiwi\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE)
p3 = subprocess.Popen(["uniq", "-c"], stdin=p2.stdout, stdout=subprocess.PIPE, text=True)
p1.stdout.close()
p2.stdout.close()
out, _ = p3.communicate()
print([line.split() for line in out.splitlines()])
print(p1.wait(), p2.wait(), p3.returncode)
