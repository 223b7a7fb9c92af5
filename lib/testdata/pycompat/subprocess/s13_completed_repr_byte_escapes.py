import subprocess

r = subprocess.run(["printf", "tab\\there\\000nul\\377\\n"], capture_output=True)
print(r)
r = subprocess.run(["sh", "-c", "printf 'a\\\\b\\r\\n'; printf \"it's\" >&2"], capture_output=True)
print(r)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r)
