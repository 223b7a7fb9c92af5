import subprocess

data = "line\n" * 50000
r = subprocess.run(["cat"], input=data, capture_output=True, text=True)
print(len(r.stdout), r.stdout == data)
p = subprocess.Popen(["wc", "-c"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = p.communicate(data)
print(out.strip(), p.returncode)
