import subprocess

try:
    subprocess.check_output(["echo", "hi"], stdout=subprocess.PIPE)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    subprocess.check_output(["cat"], input="x", stdin=subprocess.PIPE)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(repr(subprocess.check_output(["echo", "hi"], stderr=subprocess.STDOUT)))
