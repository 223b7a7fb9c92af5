import subprocess

src = subprocess.Popen(["printf", "3\\n1\\n2\\n"], stdout=subprocess.PIPE)
r = subprocess.run(["sort", "-n"], stdin=src.stdout, capture_output=True, text=True)
src.stdout.close()
print(repr(r.stdout), r.returncode, src.wait())
