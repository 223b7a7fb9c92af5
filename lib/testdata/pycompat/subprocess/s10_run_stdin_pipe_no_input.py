import subprocess

r = subprocess.run(["cat"], stdin=subprocess.PIPE, capture_output=True, timeout=10)
print(r.stdout, r.returncode)
r = subprocess.run(["wc", "-l"], stdin=subprocess.PIPE, capture_output=True, text=True, timeout=10)
print(r.stdout.strip(), r.returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate()
print(out, p.returncode)
