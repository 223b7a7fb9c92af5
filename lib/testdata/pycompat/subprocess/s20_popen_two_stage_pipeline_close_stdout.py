import subprocess

p1 = subprocess.Popen(["printf", "x\\ny\\nx\\nz\\nx\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["grep", "-c", "x"], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
out, err = p2.communicate()
print(out, err, p2.returncode, p1.wait())
p3 = subprocess.Popen(["printf", "q\\n"], stdout=subprocess.PIPE)
p4 = subprocess.Popen(["grep", "-c", "x"], stdin=p3.stdout, stdout=subprocess.PIPE)
p3.stdout.close()
print(p4.communicate()[0], p4.returncode, p3.wait())
