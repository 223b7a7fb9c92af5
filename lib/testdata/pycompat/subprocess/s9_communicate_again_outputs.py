import subprocess

p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.communicate())
print(p.communicate())
q = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(q.communicate("data"))
try:
    q.communicate("more")
except ValueError as e:
    print("ValueError:", e)
r = subprocess.Popen(["true"])
print(r.communicate(), r.communicate())
