import subprocess

words = "pear\napple\nfig\napple\nplum\npear\napple\n"
p1 = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE, text=True)
p3 = subprocess.Popen(["uniq", "-c"], stdin=p2.stdout, stdout=subprocess.PIPE, text=True)
p1.stdin.write(words)
p1.stdin.close()
p1.stdout.close()
p2.stdout.close()
out, _ = p3.communicate()
print([line.split() for line in out.splitlines()])
print(p1.wait(), p2.wait(), p3.returncode)
