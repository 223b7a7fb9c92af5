import subprocess

p = subprocess.Popen(["echo", "once"], stdout=subprocess.PIPE, text=True)
print(repr(p.communicate()[0]))
try:
    p.communicate()
    print("second ok")
except ValueError as e:
    print("ValueError:", e)
print(p.returncode)
