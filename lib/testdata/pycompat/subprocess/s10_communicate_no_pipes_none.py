import subprocess

p = subprocess.Popen(["true"])
print(p.communicate(), p.returncode)
p = subprocess.Popen(["sh", "-c", "printf x"], stdout=subprocess.PIPE)
print(p.communicate(), p.returncode)
p = subprocess.Popen(["sh", "-c", "printf y >&2"], stderr=subprocess.PIPE)
print(p.communicate(), p.returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(p.communicate(b"in"), p.returncode)
