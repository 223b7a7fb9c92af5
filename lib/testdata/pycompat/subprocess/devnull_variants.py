import subprocess

r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
print(r)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r)
print(subprocess.DEVNULL, subprocess.PIPE, subprocess.STDOUT)
