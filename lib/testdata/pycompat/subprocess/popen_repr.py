import subprocess

p = subprocess.Popen(["sleep", "0.1"])
print(p)
p.wait()
print(p)
print(p.args)
