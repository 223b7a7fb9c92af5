import subprocess

r = subprocess.run(["wc", "-c"], input="", capture_output=True, text=True)
print("input='':", r.stdout.strip(), r.returncode)
r = subprocess.run(["wc", "-c"], input=b"12345", capture_output=True)
print("input=b'12345':", r.stdout.strip())
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print("devnull:", r.stdout, r.stderr)
try:
    subprocess.run(["cat"], input="x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.run(["cat"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
