import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b"abc\x00def"))
p = subprocess.Popen(["sh", "-c", "echo e >&2"], stderr=subprocess.PIPE)
print(p.communicate())
p = subprocess.Popen(["true"])
print(p.communicate(), p.returncode)
p = subprocess.Popen(["sh", "-c", "echo both; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(p.communicate())
